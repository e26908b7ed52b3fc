"""The extraction lexicon (kg.lexicon.load_lexicon): SKOS data from ontology/*.ttl plus CLDR via babel."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kg.errors import ConfigError
from kg.lexicon import Lexicon, alternation, eras, fiscal_start, hedge_slot, load_lexicon, stems
from kg.resources import ONTOLOGY_DIR


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def test_loaded_once(lex: Lexicon) -> None:
    assert load_lexicon() is lex


@pytest.mark.parametrize(
    ("name", "unit_type", "arity"),
    [
        ("trade_turnover", "money", 2), ("trade_growth", "percent", 2), ("trade_share", "percent", 2),
        ("total_trade", "money", 1), ("exports", "money", 2), ("imports", "money", 2),
        ("export_growth", "percent", 2), ("import_growth", "percent", 2), ("unclassified", "any", 0),
    ],
)  # fmt: skip
def test_measures(lex: Lexicon, name: str, unit_type: str, arity: int) -> None:
    m = lex.measures[name]
    assert (m.unit_type, m.arity) == (unit_type, arity)
    assert name == "unclassified" or m.cues


def test_measure_links(lex: Lexicon) -> None:
    assert lex.measures["trade_growth"].growth_of == "trade_turnover"
    assert lex.measures["export_growth"].growth_of == "exports"
    assert lex.measures["import_growth"].growth_of == "imports"
    assert set(lex.measures["trade_share"].share_of) == {"trade_turnover", "total_trade"}
    assert (lex.measures["exports"].direction, lex.measures["imports"].direction) == ("export", "import")
    for m in lex.measures.values():
        assert m.growth_of is None or m.growth_of in lex.measures
        assert all(s in lex.measures for s in m.share_of)


@pytest.mark.parametrize(
    ("kind", "cue"),
    [("actual", "reached"), ("actual", "totaled"), ("target", "aims"), ("target", "goal"), ("forecast", "expected"),
     ("forecast", "may"), ("estimate", "estimated")],
)  # fmt: skip
def test_kind_cues(lex: Lexicon, kind: str, cue: str) -> None:
    assert set(lex.kind_cues) == {"actual", "target", "forecast", "estimate"}
    assert cue in lex.kind_cues[kind]


def test_hedges(lex: Lexicon) -> None:
    assert {"more than", "over", "exceeded", "above"} <= set(lex.at_least)
    assert {"nearly", "almost", "close to", "up to", "under"} <= set(lex.at_most)
    assert {"about", "around", "approximately", "roughly", "some"} <= set(lex.approx)
    assert not set(lex.at_least) & set(lex.at_most)
    assert not (set(lex.at_least) | set(lex.at_most)) & set(lex.approx)


@pytest.mark.parametrize(
    ("word", "factor"),
    [("thousand", 1e3), ("million", 1e6), ("mn", 1e6), ("mln", 1e6), ("billion", 1e9), ("bn", 1e9), ("bln", 1e9),
     ("trillion", 1e12), ("tn", 1e12), ("crore", 1e7), ("lakh", 1e5), ("lakh crore", 1e12)],
)  # fmt: skip
def test_scales(lex: Lexicon, word: str, factor: float) -> None:
    assert lex.scales[word] == factor


def test_number_words_and_multipliers(lex: Lexicon) -> None:
    assert (lex.number_words["two"], lex.number_words["twenty"], lex.number_words["hundred"]) == (2, 20, 100)
    assert (lex.multipliers["doubled"], lex.multipliers["tripled"], lex.multipliers["fivefold"]) == (100, 200, 400)
    assert lex.growth_cues and "rose" in lex.growth_cues


@pytest.mark.parametrize(
    ("symbol", "code"),
    [("$", "USD"), ("US$", "USD"), ("HK$", "HKD"), ("A$", "AUD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
     ("CN¥", "CNY"), ("₹", "INR")],
)  # fmt: skip
def test_currency_symbols_from_cldr(lex: Lexicon, symbol: str, code: str) -> None:
    assert lex.currency_symbols[symbol] == code


@pytest.mark.parametrize(
    ("word", "code"),
    [("yuan", "CNY"), ("renminbi", "CNY"), ("RMB", "CNY"), ("rubles", "RUB"), ("roubles", "RUB"), ("rupees", "INR"),
     ("Rs", "INR"), ("dollars", "USD"), ("US dollars", "USD"), ("euros", "EUR")],
)  # fmt: skip
def test_currency_words(lex: Lexicon, word: str, code: str) -> None:
    assert lex.currency_words[word] == code


def test_iso_codes(lex: Lexicon) -> None:
    assert {"USD", "CNY", "RUB", "INR", "EUR", "HKD", "AUD"} <= lex.iso_codes


def test_count_nouns(lex: Lexicon) -> None:
    assert {"people", "troops", "barrels", "cubic metres", "tonnes"} <= set(lex.count_nouns)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Brazil", "BR"), ("India", "IN"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Türkiye", "TR"),
     ("United States", "US"), ("Moscow", "RU"), ("Kremlin", "RU"), ("Beijing", "CN"), ("New Delhi", "IN"),
     ("Brussels", "EU")],
)  # fmt: skip
def test_place_names(lex: Lexicon, name: str, code: str) -> None:
    assert lex.place_names.get(name) == code or lex.place_names.get(f"the {name}") == code


@pytest.mark.parametrize(("name", "code"), [("Brazilian", "BR"), ("Indian", "IN"), ("Russian", "RU"), ("Chinese", "CN")])
def test_demonyms(lex: Lexicon, name: str, code: str) -> None:
    assert lex.demonyms[name] == code


def test_countries_and_blocs(lex: Lexicon) -> None:
    assert len([c for c in lex.countries.values() if not c.bloc]) >= 190
    assert lex.party_label("CN") == "China" and lex.party_label("RU") == "Russia"
    assert lex.party_label("XX") == "XX"
    eu = lex.countries["EU"]
    assert eu.bloc and {"DE", "FR", "IT"} <= set(eu.members)


def test_exclusions(lex: Lexicon) -> None:
    assert {"Beijing Olympics"} <= set(lex.exclusions)


@pytest.mark.parametrize(("code", "start"), [("IN", (4, 1)), ("AU", (7, 1)), ("US", (10, 1)), (None, (4, 1))])
def test_fiscal_start(lex: Lexicon, code: str | None, start: tuple[int, int]) -> None:
    assert fiscal_start(lex, code) == start
    assert lex.default_fiscal_start == (4, 1)


def test_national_calendars(lex: Lexicon) -> None:
    by_code = {e.code: e for e in eras(lex)}
    assert set(by_code) >= {"NP", "ET", "TH"}
    nepal, ethiopia, thailand = by_code["NP"], by_code["ET"], by_code["TH"]
    assert (nepal.offset, nepal.fiscal_start, nepal.fiscal_named_by, nepal.year_is_fiscal) == (57, (7, 16), "start", True)
    assert (ethiopia.offset, ethiopia.fiscal_start, ethiopia.year_is_fiscal) == (-8, (7, 8), True)
    assert (thailand.offset, thailand.fiscal_start, thailand.year_is_fiscal) == (543, (10, 1), False)
    assert {"B.S.", "BS"} <= set(nepal.markers) and {"E.C.", "EFY"} <= set(ethiopia.markers)
    assert ("Asar", (6, 15)) in nepal.months and ("Hamle", (7, 8)) in ethiopia.months
    assert lex.countries["NP"].era == nepal and lex.countries["IN"].era is None


def test_an_era_with_a_year_of_its_own(lex: Lexicon) -> None:
    """kg:eraYearStart: the Solar Hijri year (from about 21 March) is read on its own start, and the country keeps
    no fiscal calendar from it (a Pakistani "FY25" in a text that names Afghanistan stays Pakistan's)."""
    afghan = lex.countries["AF"].era
    assert afghan is not None and lex.countries["AF"].fiscal_start is None
    assert (afghan.offset, afghan.fiscal_start, afghan.fiscal_named_by, afghan.year_is_fiscal) == (-621, (3, 21), "start", True)
    assert "solar year" in afghan.markers and ("Jadi", (12, 22)) in afghan.months
    assert fiscal_start(lex, "AF") == lex.default_fiscal_start


def test_speaker_words(lex: Lexicon) -> None:
    assert {"said", "quoted", "told reporters"} <= set(lex.reporting_verbs)
    assert {"spokesman", "President"} <= set(lex.role_words)
    assert "officials" in lex.generic_speakers
    assert {"data", "customs"} <= set(lex.source_cues)
    # a statistics or customs body by what it is or by its title: ", the State Customs Committee said"
    assert "customs" in lex.body_kinds and "committee" in lex.body_nouns and "State" in lex.body_titles


def test_aim_words(lex: Lexicon) -> None:
    # "should help lift trade to ...": an official's aim, unless it rests on a trend ("on current trends")
    assert {"lift", "double"} <= set(lex.aim_verbs)
    assert {"on current trends", "at the current pace"} <= set(lex.trend_cues)


def test_flow_words(lex: Lexicon) -> None:
    # kg:FlowNouns adds the nouns of flows in general to the nouns of a good's flow (kg:GoodFlowNouns)
    assert {"exports", "deliveries"} <= set(lex.good_flow_nouns) < set(lex.flow_nouns)
    assert "trade" in lex.flow_nouns and "trade" not in lex.good_flow_nouns
    assert {"exported", "sells"} <= set(lex.flow_verbs)
    assert "countries" in lex.pair_nouns and "about" in lex.lead_hedges


def test_stems_are_the_words_no_other_begins() -> None:
    assert stems(("exports", "export", "Exported", "sales", "sold")) == ("export", "sales", "sold")
    assert stems(()) == ()


def test_cue_strings_are_clean(lex: Lexicon) -> None:
    groups = [*lex.kind_cues.values(), *(m.cues for m in lex.measures.values()), lex.at_least, lex.at_most, lex.approx,
              lex.growth_cues, lex.count_nouns, lex.reporting_verbs, lex.role_words, lex.source_cues, lex.flow_nouns,
              lex.flow_verbs, lex.lead_hedges, lex.pair_nouns, lex.aim_verbs, lex.trend_cues, lex.body_kinds,
              lex.body_nouns, lex.body_titles]  # fmt: skip
    for cues in groups:
        for cue in cues:
            assert cue and cue == cue.strip() and "  " not in cue, repr(cue)


# ---------------------------------------------------------------- bad ontology data


def test_unparsable_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "broken.ttl").write_text("this is not turtle .", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_lexicon(tmp_path)
    assert "broken.ttl" in str(err.value) and "\n" not in str(err.value)


def test_no_measures_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "empty.ttl").write_text("@prefix kg: <https://w3id.org/claimgraph/ns#> .\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no measures"):
        load_lexicon(tmp_path)


def test_bad_scale_entry_is_a_config_error(tmp_path: Path) -> None:
    shutil.copy(ONTOLOGY_DIR / "lexicon.ttl", tmp_path / "lexicon.ttl")
    (tmp_path / "extra.ttl").write_text(
        '@prefix kg: <https://w3id.org/claimgraph/ns#> .\nkg:Scales kg:scale "zillion" .\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="zillion"):
        load_lexicon(tmp_path)


def test_shared_currency_names(lex: Lexicon) -> None:
    """A name several currencies share lists them all, today's default first; its default is its currency word."""
    assert lex.shared_currencies["Rs"][:2] == ("INR", "PKR") and "LKR" in lex.shared_currencies["rupees"]
    assert lex.currency_words["pesos"] == "MXN" and "CLP" in lex.shared_currencies["pesos"]
    assert lex.shared_currencies["dinars"][0] == "" and "dinars" not in lex.currency_words  # no default
    assert all(c in lex.iso_codes for cs in lex.shared_currencies.values() for c in cs if c)
    assert "zł" in lex.currency_signs


def test_territory_currencies() -> None:
    from kg.lexicon import territory_currencies

    assert territory_currencies("CL") == ("CLP",) and territory_currencies("SN") == ("XOF",)
    assert territory_currencies("not a territory") == ()


@pytest.mark.parametrize("entry", ["quatloos=XQQ|USD", "quatloos=USD||EUR", "quatloos=|"])
def test_bad_currency_word_entry_is_a_config_error(tmp_path: Path, entry: str) -> None:
    shutil.copy(ONTOLOGY_DIR / "lexicon.ttl", tmp_path / "lexicon.ttl")
    (tmp_path / "extra.ttl").write_text(
        f'@prefix kg: <https://w3id.org/claimgraph/ns#> .\nkg:CurrencyWords kg:scale "{entry}" .\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="quatloos"):
        load_lexicon(tmp_path)


def test_context_gated_names(lex: Lexicon) -> None:
    """kg:contextual names are no plain place names: the entity grammar reads them only where confirmed."""
    assert lex.contextual["Chad"] == "TD"
    assert not set(lex.contextual) & (set(lex.place_names) | set(lex.demonyms))
    assert {"exports to", "trade with"} <= set(lex.context_cues)


@pytest.mark.parametrize("text", ["", "about ", "just over ", "more\nthan ", "up  to "])
def test_the_hedge_slot_takes_one_lead_hedge_or_none(text: str) -> None:
    assert re.fullmatch(hedge_slot(), text)


@pytest.mark.parametrize("text", ["plenty ", "about", "more than than "])
def test_the_hedge_slot_takes_nothing_else(text: str) -> None:
    assert not re.fullmatch(hedge_slot(), text)


def test_an_alternation_prefers_the_longest_word_and_still_backtracks() -> None:
    pattern = re.compile(rf"(?:{alternation(['just', 'just over', 'over'])})\b")
    assert pattern.match("just over it").group() == "just over"
    assert pattern.match("just overt").group() == "just"
    assert re.fullmatch(alternation([]), "") is None


def test_the_stored_local_signs_are_cldrs() -> None:
    """ontology/signs.ttl is `cldr_local_signs` as written (regenerate with
    `python -c "from kg.lexicon import write_local_signs; write_local_signs()"` after upgrading babel)."""
    from rdflib import Graph

    from kg.lexicon import KG, SIGNS_FILE, cldr_local_signs

    g = Graph().parse(SIGNS_FILE, format="turtle")
    stored = dict(str(o).rsplit("=", 1) for o in g.objects(KG.LocalSigns, KG.scale))
    assert stored == {sign: "|".join(codes) for sign, codes in cldr_local_signs().items()}
    assert stored["₽"] == "RUB" and "HNL" in stored["L"].split("|")


def test_local_signs_are_read_where_the_lexicon_holds_none(lex: Lexicon) -> None:
    assert lex.currency_words["₾"] == "GEL"  # no letter, one currency: anywhere
    assert lex.shared_currencies["Ft"] == ("", "HUF")  # a letter: where the text's country uses it
    assert "$" not in lex.shared_currencies and lex.currency_symbols["$"] == "USD"  # the lexicon's own reading stands
