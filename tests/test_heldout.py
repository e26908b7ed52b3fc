"""Regression floors on the held-out corpora, each built through the public pipeline into a temporary store
and scored with `kg.evaluate` against its gold annotations (GOLD_SCHEMA.md).

- `eval/heldout`: 13 news documents on five trade relationships other than China-Russia (India-UAE,
  US-China, Australia-China, Türkiye-Russia, Vietnam-US). When it was written (2026-11-22): claim recall
  0.768, precision 0.759, 6/8 must-flag conflicts, 0 false and 3 incomparable conflicts, 5/5
  corroborations; after the rules it prompted (same day) 0.988, 0.963, 8/8, 0, 0 and 5/5. The rules were
  fixed against it: a development set.
- `eval/heldout2`: 8 documents on Japan-South Korea, Kenya-China and Canada-United States, written blind
  afterwards (without the first set's error analysis or the rules' tests): wire copy, a ministry press
  release, business press and editorials, with yen, shillings ("Sh", "KSh"), Canadian dollars, fiscal vs
  calendar years, months, quarters, third-country figures. When written: 0.700, 0.790, 2/6, 0 false and 3
  incomparable, 2/4 corroborations; after four general fixes it prompted (a bare "$" in wire copy, single months,
  shilling symbols, "Source — Date" lines) 0.883, 0.870, 4/6, 0, 3, 2/4; after the third set's fixes 1.000,
  0.971, 5/6, 0, 0, 4/4.

- `eval/heldout3`: 10 documents on UK-India, Brazil-China and Germany-China, written blind after the second
  set's fixes: press releases with front matter, wire copy with yearless datelines, Indian fiscal years,
  mirror statistics, headline figures, 21 written-down traps. When written: 0.655, 0.582, 0/8, 0 false and 11
  incomparable, 3/13 corroborations (6 of 10 publication dates were wrong); after the general fixes it
  prompted (month and fiscal-year evidence for dates, kind cues stopping at the next figure, commitment
  modals with a deadline, one-party totals, money deltas, bases "a year earlier"): 0.921, 0.868, 8/8, 1, 5,
  10/13.
- `eval/heldout4`: 10 documents on Mexico-US, South Africa-China and Indonesia-Japan, written blind after
  those: first run 0.725, 0.755, 5/8, 1 false, 8/10 corroborations; after rand/peso/rupiah symbols, Japan's
  fiscal years named by their start year and one-party flows: 0.908, 0.817, 7/8, 1, 17 incomparable, 9/10.

- `eval/heldout5`: 9 documents on Saudi Arabia-China, EU-US and Nigeria-India, written blind after the fourth
  set's fixes: first run 0.737, 0.686, 4/8, 0 false, 2/5 corroborations; after naira/riyal signs, blocs as a
  document's parties, "surplus in goods trade", sentence-final "estimates show": 0.868, 0.750, 6/8, 0, 8
  incomparable, 4/5 (then 6 and 5/5 once "re-exports" stopped reading as exports). Tables of bare numbers under a unit header are not read yet.

- `eval/heldout6`: 10 documents on Chile-China, Pakistan-China and Poland-Germany, and `eval/heldout7`: 10 on
  Vietnam-China, Egypt-Russia and Bangladesh-India, written blind in the next session (fictional speakers).
  First runs: 0.718, 0.655, 7/9 and 0.752, 0.692, 4/8 (9 false conflicts: India's and Bangladesh's fiscal
  years). After the rules they prompted (tables read through their headers, each sentence's fiscal calendar,
  the lead's period over headings, goods not flows, HTML chrome, two reporters' statistics, number formats and
  shared currency names): 0.969, 0.916, 9/9 and 0.947, 0.892, 7/8.

- `eval/heldout8`: 10 documents on Argentina-Brazil, Kazakhstan-China and Morocco-Spain, and `eval/heldout9`: 10
  on Philippines-Japan, Australia-India and Colombia-US, written blind after those fixes. First runs: 0.671,
  0.775, 7/8, 4 false and 0.852, 0.827, 5/8, 3 false. After the rules they prompted (captions' units in any
  part, marked years and month columns, breakdown rows, a peso written "$" at home, uncued deadlines as
  targets, a measure word that leads to its own figure, nested year-to-date periods): 0.903, 0.870, 8/8, 7
  false and 0.948, 0.875, 8/8, 3 false. The copy-to-copy corroborations in their gold were out of reach until
  2026-11-23, when a republished story's figures came to be linked to the original's as one independent source.

- `eval/heldout10`: 10 documents on New Zealand-China, Sri Lanka-India and Ukraine-Poland, and
  `eval/heldout11`: 10 on Thailand-Malaysia, Ghana-UK and Peru-China, written blind after the eighth and ninth
  sets' fixes. First runs: 0.819, 0.756, 4/9, 0 false and 0.905, 0.877, 7/9, 1 false. After the rules they
  prompted (a declared "All values are in New Zealand dollars", a "$" table header in the document's dollar,
  "X's largest source of imports", "bilateral" trade after one country's total, month ranges across years,
  the baht sign): 0.971, 0.899, 9/9, 5 false and 0.914, 0.871, 9/9, 2 false.

- `eval/heldout12` .. `eval/heldout19`: eight more blind sets of 10 documents each, written in the next session
  (South Korea-Vietnam, Norway-UK, Ethiopia-China; Qatar-Japan, Uzbekistan-Russia, Tanzania-India;
  Singapore-Indonesia, France-Algeria, Iraq-Türkiye; Switzerland-US, Mongolia-China, Côte d'Ivoire-France;
  Portugal-Brazil, Kuwait-India, Ecuador-China; Sweden-Finland, Nepal-India, Angola-China; Greece-Türkiye,
  Cambodia-China, Jordan-Saudi Arabia; Ireland-UK, Zambia-China, Bolivia-Brazil), two at a time, each pair
  after the previous pairs' fixes. First runs (recall, precision, must-flag): 0.773 0.831 5/8; 0.724 0.712
  7/8; 0.843 0.876 6/8; 0.889 0.832 4/8; 0.694 0.841 5/8 (one document skipped: a month-only front-matter
  date); 0.840 0.824 5/8; 0.917 0.871 8/8; 0.783 0.775 4/8. The last two were scored after every rule of
  that session but one afternoon's. The rules they prompted are general (clause scopes of goods, services
  and totals, business period shorthand, national calendars, ISO codes after amounts, rankings of partners,
  pluperfect background paragraphs, ...); the floors below are the scores after them.
- `eval/heldout20` (Denmark-Germany, Sri Lanka-China, Tunisia-Italy) and `eval/heldout21` (Austria-Hungary,
  Myanmar-Thailand, Paraguay-Argentina): written blind at the end of that session. First runs: 0.954 0.931
  6/8, 1 false, and 0.943 0.913 5/8, 7 false; after a range of days, the guaraní, "contract by" and
  "checkpoint" and "excluding" as qualifiers, and currency words with a scale ("9,187.3 MD"): 0.982 0.943 8/8,
  1 false, and 0.992 0.957 6/8, 6 false.

- `eval/heldout22` (Australia-Japan, Pakistan-Afghanistan, Czechia-Slovakia), `eval/heldout23` (Ghana-Nigeria,
  Bangladesh-China, Canada-Mexico), `eval/heldout24` (Egypt-Saudi Arabia, Romania-Moldova, EU-India) and
  `eval/heldout25` (Kenya-Uganda, Taiwan-US, Azerbaijan-Georgia): written blind at the start of the next
  session, all four scored on one commit. First runs: 0.903 0.876 6/8, 2 false; 0.886 0.820 3/8, 0 false;
  0.929 0.841 6/8, 0 false; 0.850 0.780 6/8, 4 false. After the rules they prompted (a demonym's flow, the pair
  named by a phrase, "over the three months", months and halves of a fiscal year, masthead and meta dates,
  the Solar Hijri year, "nearly" within 2.5 %, series of a flow such as services and the cross-border concept,
  table header units, rank columns, index columns, "The figure was ..."): 0.972 0.948 8/8, 0; 0.914 0.849 8/8, 0; 0.976 0.941
  8/8, 0; 0.974 0.910 7/8, 3.
- `eval/heldout26` (Chile-Peru, Morocco-France, Malaysia-Singapore) and `eval/heldout27` (Nigeria-South Africa,
  Oman-India, Croatia-Slovenia): written blind after those rules. First runs: 0.971 0.933 7/8, 2 false, and
  0.924 0.864 7/8, 2 false; after a noun-qualifying place ("U.S. tariffs") no longer blocks a pair phrase and
  "total trade in goods with X" is the pair's: 8/8 each.
- `eval/heldout28` (Vietnam-Cambodia, Türkiye-Ukraine, Brazil-Paraguay) and `eval/heldout29` (Laos-Thailand,
  Kazakhstan-Uzbekistan, Ireland-US): written blind after those. First runs: 0.985 0.949 8/8, 4 false, and
  0.951 0.952 8/8, 5 false; after goods as a clause's subject or before a colon make a part: 2 false in
  heldout29.
- `eval/heldout30` (Colombia-Ecuador, Hungary-Serbia, Philippines-China), `eval/heldout31` (Bulgaria-Greece,
  Ethiopia-Djibouti, Indonesia-Australia), `eval/heldout32` (Senegal-Mali, Netherlands-Belgium, South
  Korea-India) and `eval/heldout33` (Uruguay-Brazil, Qatar-UK, Mozambique-South Africa): written blind together
  at the start of the next session and scored on one commit: 0.810 0.889 7/8, 2 false; 0.882 0.809 7/8, 1;
  0.902 0.850 4/8, 2; 0.931 0.852 4/8, 3 (22 of 32). After a country as the subject of a flow verb gives the
  direction, a unit line under a table's title, an agency's "August 14/2025" dateline, "The revenue shows ..."
  anaphora, list items taking their lead-in's period and a rolling "12 months to the end of June": 8/8, 8/8,
  5/8 and 7/8; after the next session's rules (heldout32's "deliveries to", "that figure slumped",
  publication months): 8/8, 8/8, 8/8 and 7/8.
- `eval/heldout34` (Thailand-Cambodia, Canada-China, Kenya-Tanzania), `eval/heldout35` (Norway-Germany,
  Iran-Iraq, Chile-Argentina), `eval/heldout36` (Japan-Vietnam, Ghana-Côte d'Ivoire, Spain-Portugal) and
  `eval/heldout37` (Egypt-Türkiye, Australia-New Zealand, India-Russia): written blind together and scored on
  one commit (1fc62f5): 0.916 0.781 8/8, 5 false; 0.822 0.761 6/8, 0; 0.940 0.900 6/8, 6; 0.939 0.883 5/8, 4
  (25 of 32). After the rules they prompted (dot-grouped thousands in a decimal-comma text, a "City, date."
  dateline, a bracketed era year, goods after a figure, a plain-dollar table taking the document's dollar,
  "in the year to September", a figure that is the whole of a share, a flow repeated without its qualifier,
  a look-back paragraph not dating a yearless quarter): 0.965 0.856 8/8, 3 false; 0.916 0.846 8/8, 3;
  0.977 0.940 7/8, 0; 0.983 0.906 8/8, 0.
- `eval/heldout38` (Peru-Brazil, Uganda-Tanzania, South Korea-Australia), `eval/heldout39` (France-Germany,
  Saudi Arabia-India, Mexico-Brazil), `eval/heldout40` (Italy-Spain, Pakistan-UAE, Nigeria-China) and
  `eval/heldout41` (Singapore-Thailand, Zimbabwe-South Africa, Switzerland-Germany): written blind together
  later that session and scored on one commit (538e839, after the rules above): 0.907 0.853 7/9, 1 false;
  0.991 0.914 7/8, 2; 0.897 0.903 7/8, 0; 0.953 0.932 5/7, 1 (26 of 32). After a bare goal naming one side of
  the document's pair and goods and services as a scope of their own: heldout38 9/9. After the next
  session's rules (a target noun before a colon, a range's cue from its "between", a data institution's own
  release, rates in two currencies' terms): heldout39 8/8, heldout40 8/8, heldout41 7/7.
- `eval/heldout42` (Poland-Czechia, Morocco-Senegal, Malaysia-Indonesia), `eval/heldout43` (Netherlands-UK,
  Bangladesh-Japan, Ethiopia-Kenya), `eval/heldout44` (Thailand-Vietnam, Portugal-Angola, Hungary-Germany) and
  `eval/heldout45` (Canada-UK, Colombia-Mexico, Oman-UAE): written blind together on 2026-11-23 and scored on
  one commit (d1f9808): 0.982 0.960 8/8, 1 false; 0.870 0.819 5/8, 0; 0.870 0.906 7/8, 1; 0.983 0.931 3/8, 3
  (23 of 32). After the rules they prompted ("barely above" as a two-sided bound, "by the end of the decade",
  the kwanza, "between the two countries", "goods and services" opening no clause, a figure said to be one
  country's, one good's flow keyed by its good, two reporters' counts told apart): see the floors below.
- `eval/heldout46` (US-China, Botswana-South Africa, Lithuania-Latvia), `eval/heldout47` (India-UAE, Japan-US,
  Cameroon-Nigeria), `eval/heldout48` (Australia-China, Turkiye-Russia, Dominican Republic-Haiti) and
  `eval/heldout49` (India-US, South Korea-China, Estonia-Finland): written blind together on 2026-11-23 and scored
  on one commit (f8aae30): 0.700 0.832 6/8, 1 false; 0.883 0.821 8/8, 1; 0.830 0.872 4/8, 0; 0.944 0.903 6/8, 3
  (24 of 32). After the rules they prompted (the pula and "pct", a wire story's dollar on a local site, a
  statistics release's reporter from its prose totals, a third country's flow clause, a fiscal year's edge month,
  a scale-first table unit): see the floors below.
- `eval/heldout50` (Vietnam-US, Namibia-South Africa, Belgium-France), `eval/heldout51` (Mexico-China,
  Rwanda-DR Congo, Armenia-Russia), `eval/heldout52` (Germany-US, Fiji-Australia, Algeria-Italy) and
  `eval/heldout53` (Malaysia-China, Guatemala-Mexico, Qatar-India): written blind together on 2026-11-23 and
  scored on one commit (ea30f54): 0.886 0.884 6/8, 0 false; 0.909 0.875 6/8, 0; 0.934 0.860 4/8, 6; 0.846 0.846
  7/8, 3 (23 of 32). After the rules they prompted (par currencies, re-exports, trader nouns, aside cues,
  period-on-period rates, directional shares and fractions in words): see the floors below.
- `eval/heldout54` (Japan-China, Senegal-France, Ecuador-US), `eval/heldout55` (Bangladesh-US, Kyrgyzstan-China,
  Slovakia-Austria), `eval/heldout56` (Philippines-US, Egypt-Italy, Saudi Arabia-UAE) and `eval/heldout57`
  (Brazil-US, Kenya-UAE, Norway-Sweden): written blind together on 2026-11-23 and scored on one commit (34510a1,
  after the rules the group before prompted): 0.891 0.881 5/8, 0 false; 0.952 0.854 7/8, 2; 0.949 0.900 8/8, 2;
  0.854 0.822 6/8, 2 (26 of 32). After the rules they prompted (a long dateline paragraph, "the whole fiscal
  year", a destination's fiscal calendar, hyphenated quarters, institutions naming their country, two reporters'
  balances, captions stating their unit): see the floors below.
- `eval/heldout58` (Indonesia-China, Morocco-UK, Chile-South Korea), `eval/heldout59` (Turkiye-Germany,
  Ghana-China, Uruguay-China), `eval/heldout60` (Pakistan-US, Nigeria-UK, Vietnam-India) and `eval/heldout61`
  (Singapore-China, Peru-US, Cote d'Ivoire-Netherlands): written blind together on 2026-11-23 and scored on one
  commit (34e4a5f, after the rules the group before prompted): 1.000 0.944 7/8, 2 false; 0.985 0.942 7/8, 4;
  0.866 0.820 8/8, 6; 0.944 0.914 5/8, 8 (27 of 32). After the rules they prompted (non-oil and gas flows, a part
  of a fiscal year such as "9MFY26", quarter rows under fiscal-year columns, a scenario as a forecast, a viewpoint
  "seen from", a party's own currency, non-traditional exports): see the floors below.
- `eval/heldout62` (Taiwan-Japan, Tanzania-China, Serbia-Germany), `eval/heldout63` (Kazakhstan-Russia,
  Zambia-DR Congo, Poland-US), `eval/heldout64` (Thailand-Japan, Egypt-China, Romania-Germany) and
  `eval/heldout65` (Argentina-China, Mauritius-India, Italy-US): written blind together on 2026-11-23 and scored
  on one commit (f05e754, after the rules the group before prompted): 0.925 0.825 7/8, 0 false; 0.938 0.910
  8/8, 6; 0.914 0.887 8/8, 2; 0.701 0.812 5/8, 3 (28 of 32). After the rules they prompted (a name two parties
  share, header cells spanning rows and columns, plain-text tables set out in blanks, a bare "$" beside "US$",
  a masthead naming a shared currency's country, update stamps dating a text, teaser lines): see the floors
  below.
- `eval/heldout66` (Canada-Japan, Burkina Faso-Cote d'Ivoire, Hungary-China), `eval/heldout67` (UK-Australia,
  Ethiopia-UAE, Chile-Brazil), `eval/heldout68` (Indonesia-India, Uganda-South Sudan, Austria-Italy) and
  `eval/heldout69` (Mexico-Germany, Cambodia-US, Jordan-Iraq): written blind together on 2026-11-23 and scored on
  one commit (439421c, after the rules the group before prompted): 0.976 0.879 9/9, 0 false; 1.000 0.944 6/9, 1;
  0.850 0.960 6/8, 2; 0.957 0.883 7/9, 1 (28 of 35). After the rules they prompted ("work together to", a dashed
  pair before "total trade", route and superlative places, a long paragraph's last sentence as a table caption,
  "Q1 of FY2025/26", national exports carried through a document): see the floors below.
- `eval/heldout70` (Malaysia-Japan, Mozambique-Zimbabwe, Finland-Germany), `eval/heldout71` (Philippines-South
  Korea, Tunisia-France, Costa Rica-US), `eval/heldout72` (Pakistan-Saudi Arabia, Belarus-Russia, Czechia-Germany)
  and `eval/heldout73` (Sri Lanka-UAE, Uzbekistan-China, Denmark-Sweden): written blind together on 2026-11-23 and
  scored on one commit (86fb61a, after the rules the group before prompted): 0.943 0.940 9/9, 0 false; 0.975
  0.891 8/9, 0; 0.966 0.955 8/9, 0; 0.862 0.837 8/9, 1 (33 of 36). After the rules they prompted (a year marked
  "2025e", "should help us" with a deadline, a means phrase ending a clause's scope, "took N% of", a unit line
  under a title, a balance row under a total row): see the floors below.
- `eval/heldout74` (Bangladesh-Malaysia, Zimbabwe-Zambia, Netherlands-Germany), `eval/heldout75` (Vietnam-Australia,
  Ghana-Burkina Faso, Croatia-Serbia), `eval/heldout76` (Kazakhstan-Turkiye, Tunisia-Libya, Peru-Mexico) and
  `eval/heldout77` (South Africa-India, Sri Lanka-Maldives, Slovenia-Austria): written blind together on
  2026-11-23 and scored on one commit (0ce82c9, after the rules the group before prompted): 1.000 0.982 9/9, 0
  false; 0.990 0.990 8/9, 0; 0.875 0.925 7/9, 2; 0.935 0.895 6/9, 0 (30 of 36). After the rules they prompted
  (hard-wrapped paragraphs, German and French dates, "Rs." before an amount, a quotation's attribution, a
  shared currency by the code a text writes, a dashed pair's "Total trade", "18 percent more than the $4.7
  billion"): see the floors below.
- `eval/heldout78` (Thailand-India, Senegal-Cote d'Ivoire, Belgium-Germany), `eval/heldout79` (Egypt-UAE,
  Uruguay-Argentina, Lithuania-Poland), `eval/heldout80` (Philippines-Indonesia, Cameroon-Chad, Portugal-France) and
  `eval/heldout81` (Qatar-China, Namibia-Angola, Ireland-Germany): written blind together on 2026-11-23 and scored
  on one commit (f56781e, after the rules the group before prompted): 0.991 0.983 8/9, 0 false; 0.979 0.933 8/9,
  0; 1.000 0.931 8/9, 1; 0.986 0.944 8/9, 0 (32 of 36). After the rules they prompted ("exports ... and imports
  3.9 billion euros", "sales of goods to", an expected amount in a paragraph naming no measure, statistics offices
  cited without their country): see the floors below (heldout81 k8, an Irish release that never names Ireland,
  is still missed).
- `eval/heldout82` (Nepal-Bangladesh, Mali-Cote d'Ivoire, Estonia-Latvia), `eval/heldout83` (Kuwait-China,
  Honduras-US, Bulgaria-Romania), `eval/heldout84` (Mongolia-Russia, Madagascar-France, Greece-Italy) and
  `eval/heldout85` (Bahrain-Saudi Arabia, Laos-China, Dominican Republic-US): written blind together on 2026-11-23
  and scored on one commit (9dca374, after the rules the group before prompted): 0.900 0.893 9/9, 0 false; 0.913
  0.987 8/9, 0; 0.932 0.938 8/9, 0; 0.986 0.973 8/9, 0 (33 of 36). After a review of the day's rules on invented
  sentences (other money named in a paragraph, a pledge with this year's deadline, a stray currency code, each
  flow's nearest partner, "two-way non-oil trade"): see the floors below.
- `eval/heldout86` (Georgia-Turkiye, Benin-Nigeria, Sweden-Germany), `eval/heldout87` (Azerbaijan-Russia,
  Togo-Ghana, Bolivia-Chile), `eval/heldout88` (Tajikistan-China, Malawi-Mozambique, Iceland-Norway) and
  `eval/heldout89` (Iran-UAE, Panama-Colombia, Luxembourg-Belgium): written blind together on 2026-11-23 and
  scored on one commit (01a28e3, after a unit note under a table and the kind a noun after "the <figure>" names):
  0.990 0.954 8/9 (7/9 before heldout86's k9, which named the wrong cell of its table row, was corrected), 0
  false; 0.990 0.984 8/9, 0; 0.857 0.988 6/9, 1; 0.972 0.941 8/9, 1 (30 of 36). After the rules they prompted
  ("MK" kwacha, ", as <clause>" no scope, a growth rate against one country's counts, "our sales to", ", even
  as", "exports and imports combined", a year named two ways): see the floors below.
- `eval/heldout90` (Armenia-Iran, Niger-Nigeria, Austria-Switzerland), `eval/heldout91` (Myanmar-China,
  Eswatini-South Africa, Canada-Germany), `eval/heldout92` (Brunei-Malaysia, Sudan-Egypt, Serbia-Bosnia and
  Herzegovina) and `eval/heldout93` (Papua New Guinea-Australia, Mauritania-Senegal, Costa Rica-Nicaragua):
  written blind together on 2026-11-24 and scored on one commit (6ecb615, after the rules the group before
  prompted and a role in apposition): 0.960 0.951 9/9, 0 false; 0.619 0.866 6/9, 0; 0.757 0.905 5/9, 0; 1.000
  0.977 9/9, 0 (29 of 36). After the rules they prompted (the lilangeni "E", "B$", "KM", an unhedged amount's
  rounding at most 10 % of it (withdrawn after a review; heldout92 k6 is found by the narrower rule for expected
  amounts after heldout98-101), a rate of one country's
  statistics): see the floors below.
- `eval/heldout94` (Rwanda-Uganda, Lebanon-Jordan, Slovakia-Hungary), `eval/heldout95` (Bhutan-India,
  Gabon-Cameroon, Ecuador-Peru), `eval/heldout96` (Turkmenistan-China, Zambia-Tanzania, Netherlands-France) and
  `eval/heldout97` (Fiji-New Zealand, Algeria-Tunisia, Guatemala-El Salvador): written blind together on
  2026-11-24 and scored on one commit (07c1e73, after the rules the group before prompted): 0.965 0.961 5/9, 0
  false; 0.767 0.958 6/9, 0; 1.000 0.991 8/9, 0; 0.989 0.921 8/9, 0 (27 of 36). After the rules they prompted (the
  ngultrum "Nu", "Jordan" read where the text confirms it, "total formal trade with", means phrases such as
  "helped by"): see the floors below.
- `eval/heldout98` (Kyrgyzstan-Kazakhstan, Sierra Leone-Guinea, Czechia-Austria), `eval/heldout99` (Timor-Leste-
  Indonesia, Libya-Egypt, Uruguay-Paraguay), `eval/heldout100` (Maldives-India, Liberia-Cote d'Ivoire,
  Cyprus-Greece) and `eval/heldout101` (Samoa-New Zealand, Somalia-Kenya, Malta-Italy): written blind together on
  2026-11-24 and scored on one commit (c2fbe72, after the rules the group before prompted and a second review):
  0.977 0.966 9/9, 0 false; 0.975 0.941 8/9, 0; 0.989 0.920 8/9, 0; 0.987 0.959 8/9, 0 (33 of 36). After the rules
  they prompted (an expected round amount is the speaker's number, "L$", the tala, a source after ", according to"
  scopes nothing): see the floors below.
- `eval/heldout102` (Israel-Turkiye, Burundi-Tanzania, Honduras-Guatemala), `eval/heldout103` (Jamaica-United
  States, Nepal-China, Kosovo-Albania), `eval/heldout104` (Venezuela-Colombia, Botswana-Zimbabwe, North
  Macedonia-Greece) and `eval/heldout105` (Singapore-India, Republic of the Congo-China, Moldova-Ukraine): written
  blind together on 2026-11-24 and scored on one commit (218e016, after the rules the group before prompted and
  word lists moved to the ontology): 0.956 0.946 9/9, 0 false; 0.960 0.853 8/9, 0; 0.964 0.939 8/9, 0; 0.991 0.951
  9/9, 2 (34 of 36). After the rules they prompted (each country's own CLDR currency signs and the press's "J$",
  "NIS", "TL"; a negative balance; a minister's portfolio; "we can" by a deadline; a lead paragraph's period; an
  unhedged amount's rounding at most 30 % of it): see the floors below.
- `eval/heldout106` (Albania-Italy, Uganda-DR Congo, Trinidad and Tobago-Guyana), `eval/heldout107`
  (Vietnam-Laos, Ethiopia-Sudan, Latvia-Germany), `eval/heldout108` (Sri Lanka-Bangladesh, Namibia-Botswana,
  Bulgaria-Turkiye) and `eval/heldout109` (Philippines-Vietnam, Senegal-Gambia, Norway-Denmark): written blind
  together on 2026-11-24 and scored on one commit (016cbe1, after the rules the group before prompted): 1.000 0.981
  9/9, 0 false; 0.936 0.915 6/9, 0; 0.989 0.930 9/9, 0; 0.943 0.936 8/9, 0 (32 of 36). After the rules they
  prompted (a recent Gregorian label of an era's fiscal year, a causal "as" clause after a figure scopes nothing,
  the "and" of a pair after "between", "60 to 80 billion FCFA", "leva"): see the floors below.
- `eval/heldout110` (Nicaragua-Honduras, Tajikistan-Russia, Montenegro-Serbia), `eval/heldout111` (Oman-China,
  Lesotho-South Africa, Slovenia-Italy), `eval/heldout112` (Japan-India, Madagascar-Mauritius, Iceland-United
  Kingdom) and `eval/heldout113` (Malawi-Zambia, Bosnia and Herzegovina-Croatia, South Korea-Mexico): written blind
  together on 2026-11-24 and scored on one commit (12ef25d, after the rules the group before prompted): 1.000 0.985
  8/9, 0 false; 0.965 0.937 9/9, 0; 0.964 0.960 6/9, 2; 0.972 0.979 7/9, 1 (30 of 36). After the rules they
  prompted (a fiscal label glossed by its months, one Roman month heading a column, "goods exchange", "foreign
  trade turnover with" a partner, a sentence opening by adding services, a balance row's rate, a mirror figure equal
  to four digits in two periods): see the floors below.
- `eval/heldout114` (Peru-Bolivia, Guinea-Senegal, Armenia-Georgia), `eval/heldout115` (Angola-DR Congo,
  Azerbaijan-Turkiye, Lithuania-Germany), `eval/heldout116` (Paraguay-Bolivia, Rwanda-Tanzania, Belarus-Poland) and
  `eval/heldout117` (Thailand-China, Zambia-South Africa, Estonia-Sweden): written blind together on 2026-11-24 and
  scored on one commit (f965383, after the rules the group before prompted): 1.000 0.986 8/9, 3 false; 0.984 0.969
  8/9, 1; 1.000 0.984 8/9, 1; 0.990 0.962 9/9, 0 (33 of 36). After the rules they prompted (a flow beside the
  opposite flow with its partner, a change "since 2022", an outlook matched only by another year's outlook, a shared
  currency name read in its own sentence): see the floors below.
- `eval/heldout118` (Kyrgyzstan-Russia, Togo-Benin, Croatia-Italy), `eval/heldout119` (Bangladesh-Singapore,
  Argentina-Bolivia, Mauritius-South Africa), `eval/heldout120` (Uzbekistan-Turkiye, Tanzania-Mozambique,
  Greece-Germany) and `eval/heldout121` (Mongolia-Japan, Ecuador-Chile, Qatar-Turkiye): written blind together on
  2026-11-24 and scored on one commit (16417d3, after the rules the group before prompted): 0.970 0.932 8/9, 1 false;
  1.000 0.934 9/9, 0; 0.989 0.967 7/9, 2; 0.992 0.941 8/9, 4 (32 of 36). After the rules they prompted (a time in a
  clause of cause, a span of years, an estimate's base, an aside stopped at an earlier figure, "MT" before a number,
  a release's outlet from its page title, institutions as whole words, one precise figure in two years, a level said
  to have held, a sentence taking a part out, a derived level's reporter, a pair brief's "total trade", a share
  added on top of a flow, a role's portfolio before a name): see the floors below.
- `eval/heldout122` (Jordan-Egypt, Cambodia-Japan, Slovakia-Poland), `eval/heldout123` (Burkina Faso-Mali,
  Honduras-El Salvador, Finland-Norway), `eval/heldout124` (Myanmar-India, Bahrain-United Arab Emirates,
  Romania-Hungary) and `eval/heldout125` (Sri Lanka-Pakistan, Namibia-Zambia, Ireland-France): written blind together
  on 2026-11-24 and scored on one commit (a3448ff, after the rules the group before prompted): 0.960 0.945 9/9,
  0 false; 1.000 0.990 8/9, 0; 0.963 0.958 6/9, 1; 1.000 0.982 9/9, 1 (32 of 36). After the rules they prompted (a
  country in a concession after the figure, a list of flows each its own clause, a dateline city's issue month, a
  slash date's two readings, a change "H1 2025/H1 2024"): see the floors below.
- `eval/heldout126` (Lithuania-Sweden, Costa Rica-Panama, Pakistan-Iran), `eval/heldout127` (Kazakhstan-Azerbaijan,
  Tanzania-DR Congo, Portugal-Germany), `eval/heldout128` (Singapore-Vietnam, Côte d'Ivoire-Morocco, El
  Salvador-Nicaragua) and `eval/heldout129` (Oman-Saudi Arabia, New Zealand-India, Angola-South Africa): written blind
  together on 2026-11-24 and scored on one commit (e8a1cdd, after the rules the group before prompted): 0.981 0.945
  8/9, 0 false; 1.000 0.966 8/9, 1; 1.000 1.000 9/9, 0; 1.000 0.944 9/9, 0 (34 of 36). After the rules they prompted
  (a table's caption scoping its rows, reasons after a colon naming no party, a level's owner as the reporter of a
  source naming no country): see the floors below.
- `eval/heldout130` (Chile-Japan, Malawi-Tanzania, Denmark-UK), `eval/heldout131` (Mongolia-South Korea,
  Morocco-Egypt, Croatia-Hungary), `eval/heldout132` (Kuwait-Saudi Arabia, Colombia-Brazil, Cameroon-France) and
  `eval/heldout133` (Bangladesh-Indonesia, Algeria-Spain, Paraguay-Chile): written blind together on 2026-11-24 and
  scored on one commit (bc020a9, after the rules the group before prompted): 0.963 0.936 9/9, 0 false; 0.978 0.970
  6/9, 0; 1.000 0.991 8/9, 4; 0.984 0.968 9/9, 0 (32 of 36). After the rules they prompted (a clause of condition,
  concession or cause after a figure scoping nothing, a part named by a "non-" word, a means phrase "backed by", an
  official's "the two countries should reach ... by" as an aim, a partner in the next clause, a country's supplier
  or market holding a share of its flow, a good and its products as a part of a flow, outlets from a page title's
  site name and from a letterhead): see the floors below.
- `eval/heldout134` (Vietnam-Germany, Kenya-Egypt, Ecuador-Spain), `eval/heldout135` (Thailand-Australia,
  Nigeria-Cote d'Ivoire, Armenia-India), `eval/heldout136` (Peru-Japan, Zambia-Kenya, Tunisia-Germany) and
  `eval/heldout137` (Philippines-Thailand, Ghana-South Africa, Uruguay-Mexico): written blind together on 2026-11-24
  and scored on one commit (143c66e, after the rules the group before prompted): 1.000 0.991 9/9, 0 false; 1.000
  1.000 9/9, 1; 0.966 0.957 7/9, 0; 0.955 0.908 6/9, 1 (31 of 36). After the rules they prompted (a bare "$" beside
  a peso with a sign of its own, a condition a sentence opens with, a republished wire story's unplaced source, more
  verbs of a causal "as"): see the floors below.
- `eval/heldout138` (Sri Lanka-Japan, Mozambique-India, Estonia-Germany), `eval/heldout139` (Bangladesh-Thailand,
  Ethiopia-Saudi Arabia, Uruguay-US), `eval/heldout140` (Malaysia-Vietnam, Jordan-UAE, Colombia-Chile) and
  `eval/heldout141` (Indonesia-South Korea, Kenya-India, Sweden-Poland): written blind together on 2026-11-24 and
  scored on one commit (8c0f643, after the rules the group before prompted): 1.000 0.939 9/9, 0 false; 1.000 0.944
  8/9, 0; 0.984 0.972 9/9, 0; 0.981 0.938 8/9, 1 (34 of 36). After the rules they prompted ("the last <country>
  fiscal year" on that country's calendar, an official's "should help lift ... by" as an aim, a source named by its
  acronym or its kind after being spelled out, an aside no distance between a flow and its figure, a rate of a
  country's whole exports or imports as a share of them whatever the verb): see the floors below.
- `eval/heldout142` (Philippines-South Korea, Nepal-China, Netherlands-Belgium), `eval/heldout143` (Egypt-Italy,
  Latvia-Lithuania, Senegal-Mali), `eval/heldout144` (Qatar-India, Tunisia-Libya, Austria-Czech Republic) and
  `eval/heldout145` (Australia-Indonesia, Ghana-Nigeria, Georgia-Azerbaijan): written blind together on 2026-11-24
  and scored on one commit (48ea376, after the rules the group before prompted): 0.957 0.942 9/9, 2 false; 0.992
  0.963 8/9, 0; 0.992 0.901 9/9, 1; 0.992 0.961 6/9, 2 (32 of 36). After the rules they prompted ("Georgia" the
  country where the text confirms it, a year named as a base and a yearly average rate no period, a time in what
  helped a figure no time of it, "according to" no destination, a part after ", of which" its own clause, the
  deadline between a figure and its target noun, "up to the" no ceiling, "Across the border," no border trade):
  see the floors below.
- `eval/heldout146` (Cyprus-Greece, Sierra Leone-Guinea, Turkmenistan-China), `eval/heldout147`
  (Luxembourg-France, Brunei-Japan, Jamaica-US), `eval/heldout148` (North Macedonia-Serbia, Gabon-France,
  Timor-Leste-Indonesia) and `eval/heldout149` (Malta-Italy, Lebanon-UAE, Cuba-Spain): written blind together on
  2026-11-24 and scored on one commit (722047e): 0.967 0.938 9/11, 1 false; 0.896 0.824 10/12, 0; 0.975 0.925 11/12,
  2; 0.945 0.918 11/12, 1 (41 of 47). Then `eval/heldout150` (Iceland-UK, Botswana-South Africa, Kyrgyzstan-China),
  `eval/heldout151` (Slovenia-Croatia, Honduras-Guatemala, Maldives-India), `eval/heldout152` (Armenia-Iran,
  Panama-Costa Rica, Zimbabwe-Zambia) and `eval/heldout153` (Moldova-Romania, Fiji-Australia, Bahrain-Saudi Arabia),
  scored on eaf434a: 0.988 0.905 10/11, 3 false (20 incomparable); 0.973 0.864 10/10, 0; 0.944 0.889 8/10, 1; 0.959
  0.933 7/11, 0 (35 of 42). Then `eval/heldout154` (Mauritania-Senegal, Papua New Guinea-Australia, Bosnia and
  Herzegovina-Serbia), `eval/heldout155` (Tajikistan-Uzbekistan, Trinidad and Tobago-Jamaica, Albania-Italy),
  `eval/heldout156` (Rwanda-DR Congo, Mongolia-Russia, Uruguay-Argentina) and `eval/heldout157` (Bhutan-India,
  Madagascar-France, Kuwait-China), scored on 3cb26c7: 0.938 0.907 9/12, 0; 0.963 0.936 11/12, 2; 0.973 0.931 8/11, 3
  (17 incomparable); 0.939 0.880 10/11, 2 (38 of 46). After the rules they prompted (a year in a name no date, a
  bold letterhead the outlet, a source's words and a result's no measure, a base beside a figure of its measure, a
  relative clause's country its party, two reporters told apart up to the mirror tolerance, a second thing said
  its own clause): see the floors below.
- `eval/heldout158` (Zimbabwe-China, Belize-Mexico, Azerbaijan-Italy), `eval/heldout159` (Nigeria-India,
  Suriname-Netherlands, Uzbekistan-South Korea), `eval/heldout160` (Guyana-Brazil, Djibouti-China, Montenegro-Italy)
  and `eval/heldout161` (Cape Verde-Portugal, Iraq-China, Kazakhstan-Germany): written blind together on 2026-11-25
  and scored on c847a44: 0.975 0.911 9/10, 2 false; 0.869 0.903 8/11, 0; 0.946 0.858 9/11, 0; 0.958 0.893 10/11, 0
  (21 incomparable) (36 of 43). Then `eval/heldout162` (Seychelles-UAE, Turkmenistan-Türkiye, Libya-Italy),
  `eval/heldout163` (Barbados-US, Georgia-China, Equatorial Guinea-Spain), `eval/heldout164` (Mauritius-France,
  Mozambique-China, Chile-India) and `eval/heldout165` (Bahamas-US, Kenya-China, Lebanon-France), scored on 5dee35c:
  0.924 0.864 6/11, 0; 0.897 0.845 7/10, 1; 0.912 0.820 9/11, 0; 0.889 0.851 9/11, 0 (31 of 43). Then
  `eval/heldout166` (Nigeria-China, Oman-UAE, Estonia-Russia), `eval/heldout167` (Ghana-India, Bangladesh-Pakistan,
  Iceland-China), `eval/heldout168` (Hungary-China, Eswatini-Mozambique, Brunei-Singapore) and `eval/heldout169`
  (Algeria-Türkiye, Pakistan-UAE, Samoa-China), scored on 1bc2d44: 0.952 0.910 10/12, 1; 0.931 0.887 8/11, 0; 0.969
  0.891 10/13, 0; 0.822 0.825 11/12, 2 (39 of 48). After the rules they prompted (a measure qualifier's other
  spellings, a share of one good's flow, a row label's unit and a total named last, quarters in Roman numerals,
  "the year" after a part of it, a shared currency name not decided by "Indian Ocean", a figure before its share of
  the pair's flow a part of it, a bare flow in the direction stated last, a country placed at a sentence's opening
  its party): see the floors below.
- `eval/heldout170`–`eval/heldout193` (2026-11-25), six groups of four blind sets of three pairs each, each group
  scored on the committed tree before any rule changed for it (recall, precision, must-flag, false): heldout170–173
  (Belarus-China, Jamaica-Canada, Angola-India; Kuwait-South Korea, Albania-Serbia, Gabon-China; Burkina Faso-Côte
  d'Ivoire, Mauritania-Spain, Sierra Leone-China; Liberia-US, Guinea-China, Tonga-New Zealand) and heldout174–177
  (Vanuatu-Australia, Afghanistan-Uzbekistan, Israel-India; Yemen-Saudi Arabia, Saudi Arabia-Japan, Libya-Türkiye;
  Sudan-China, Somalia-UAE, Guinea-Bissau-India; Venezuela-China, Palau-Japan, Comoros-France) on 07daffc: 0.857
  0.793 8/11, 4; 0.964 0.920 11/12, 0; 0.972 0.921 9/11, 0; 0.925 0.874 10/11, 3 (38 of 45); 0.954 0.911 8/11, 0;
  0.962 0.907 9/11, 0; 0.910 0.858 12/12, 0; 0.896 0.859 12/13, 1 (41 of 47). heldout178–181 (Eritrea-China,
  Kiribati-Fiji, Niger-France; Congo-France, Syria-Iraq, Botswana-India; CAR-Cameroon, Bhutan-Bangladesh,
  Cyprus-Israel; Malta-Libya, North Macedonia-Bulgaria, Belize-Guatemala) on 5ba05f1: 0.989 0.947 10/11, 0; 0.935
  0.887 10/12, 0; 0.950 0.874 10/10, 0; 0.943 0.857 11/12, 0 (41 of 45). heldout182–185 (Togo-China,
  Iceland-Germany, Haiti-US; Suriname-China, Lesotho-China, Papua New Guinea-Japan; Chad-China, Saint Lucia-UK,
  Maldives-China; Solomon Islands-China, Nauru-Australia, Grenada-US) on 3970a5a: 0.896 0.884 10/12, 1; 0.856 0.915
  8/10, 0; 0.923 0.876 9/11, 0; 0.899 0.859 10/10, 0 (37 of 43). heldout186–189 (Mauritius-China, Kazakhstan-South
  Korea, Dominica-France; Seychelles-India, Lebanon-Syria, Timor-Leste-Australia; Oman-Iran, Cuba-China, Cabo
  Verde-Spain; Bahrain-India, Gambia-China, Greenland-Denmark) on 1b12913: 0.983 0.918 11/12, 0; 0.966 0.905 11/11,
  0; 0.971 0.925 9/10, 2; 0.970 0.908 12/12, 1 (43 of 45). heldout190–193 (Zambia-India, Andorra-Spain,
  Kuwait-Japan; Tanzania-UAE, Mauritania-Morocco, Armenia-China; Uganda-India, Faroe Islands-Norway, Yemen-Oman;
  Cameroon-China, Sierra Leone-UK, Eswatini-Taiwan) on f3d5b11: 0.951 0.955 8/10, 0; 0.955 0.871 9/10, 0; 0.939
  0.884 9/11, 0; 0.946 0.881 10/10, 0 (36 of 41). heldout174's k3 named the wrong claim (c8 for c9) and was
  mended. After the rules they prompted: see the floors below. Two trap ceilings rose by one (heldout17 2 -> 3,
  heldout148 0 -> 1): a period_mismatch now names the other document's figure the mislabelled one conflicts with,
  and that figure with the one it matches is a trap's pair of two years' figures.
- `eval/heldout194`–`eval/heldout209` (2026-11-25, twelfth session), four groups of four blind sets, scored on the
  committed tree before any rule changed for them: heldout194–197 (Namibia-China, Turkmenistan-India,
  Pakistan-Türkiye; Ecuador-Japan, Chile-Mexico, Iraq-Russia; Ethiopia-US, Vietnam-Mexico, Finland-UK;
  Bangladesh-South Korea, Moldova-France, Djibouti-UAE) and heldout198–201 (Norway-Japan, Greece-Saudi Arabia,
  Morocco-South Africa; Malaysia-Netherlands, Tunisia-Türkiye, Nicaragua-Mexico; Barbados-Canada, New Zealand-UK,
  Ghana-South Korea; Croatia-Netherlands, Uruguay-Türkiye, Portugal-Italy) on 29c87bf: 0.953 0.949 11/12, 1; 0.864
  0.826 11/11, 1; 0.863 0.828 9/11, 0; 0.950 0.821 9/11, 0 (40 of 45); 0.972 0.921 8/10, 1; 0.970 0.923 11/12, 0;
  0.987 0.890 13/13, 0; 0.969 0.926 7/11, 1 (39 of 46). heldout202–205 (Paraguay-Taiwan, Panama-China, Guyana-US;
  Slovenia-Germany, Latvia-Russia, Mali-China; Benin-India, Rwanda-Kenya, Malawi-South Africa; Madagascar-China,
  Romania-Türkiye, Switzerland-China) and heldout206–209 (Israel-US, Thailand-UK, Indonesia-France; Sri Lanka-UK,
  Kenya-Netherlands, Peru-Spain; Kazakhstan-Italy, Costa Rica-Netherlands, Senegal-India; Peru-South Korea,
  Colombia-Spain, Bangladesh-Germany) on da4bcd7: 0.927 0.857 10/12, 1; 0.918 0.820 12/12, 1; 0.899 0.920 9/12, 0;
  0.890 0.877 9/10, 2 (40 of 46); 0.968 0.866 9/11, 0; 0.988 0.921 9/10, 0; 0.949 0.850 7/11, 0; 0.904 0.805 9/11,
  2 (34 of 43). After the rules they prompted: see the floors below. Lowered with reasons: heldout43's recall (0.95
  -> 0.93) and corroboration (0.40 -> 0.35) floors, its wire "NAIROBI, Sept 3" now dated by its dateline (a year
  late: a fiscal-year estimate puts the inference there); heldout164's incomparable ceiling (2 -> 3), a December
  figure read as the whole year's, as before, but now in the right year, where a part-period figure bounds it.

Conflicts on the gold's `traps` (`not_conflicts` in the first set: claims that look comparable but are not)
count among the false conflicts since 2026-11-22; the false-conflict ceilings rose by those trap hits
(heldout4 0 -> 2, heldout5 0 -> 4), and each set has a ceiling on the traps hit (heldout4 2, heldout5 3).

The floors are those scores rounded down to 0.05, so a change cannot silently make them worse. Raise a floor
when a change lifts the score; never lower one without saying why in the commit message.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.evaluate import EvalReport, evaluate, load_gold
from kg.ingest import SUPPORTED_SUFFIXES
from kg.pipeline import build
from kg.store import ClaimStore

EVAL = Path(__file__).resolve().parent.parent / "eval"


@dataclass(frozen=True)
class Floors:
    documents: int
    must: int  # must-flag conflicts in the gold
    recall: float
    precision: float
    found: tuple[str, ...]  # must-flag conflicts found today: losing one is a regression even if another is gained
    incomparable: int
    corroboration: float
    false_conflicts: int = 0  # including findings on trap pairs
    traps_hit: int = 0  # gold traps some reported conflict hits


SETS = {
    "heldout": Floors(documents=13, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=0, corroboration=1.00,
                false_conflicts=0, traps_hit=0),
    "heldout2": Floors(documents=8, must=6, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6"), incomparable=0, corroboration=1.00,
                false_conflicts=0, traps_hit=0),
    "heldout3": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k9", "k10"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout4": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=1.00,
                false_conflicts=0, traps_hit=0),
    "heldout5": Floors(documents=9, must=8, recall=1.00, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=1.00,
                false_conflicts=0, traps_hit=0),
    "heldout6": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.70,
                false_conflicts=2, traps_hit=3),
    "heldout7": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.70,
                false_conflicts=0, traps_hit=0),
    "heldout8": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=1, traps_hit=2),
    "heldout9": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=1, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout10": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=1, traps_hit=0),
    "heldout11": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=2, corroboration=0.85,
                false_conflicts=3, traps_hit=4),
    "heldout12": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=1, corroboration=0.75,
                false_conflicts=2, traps_hit=1),
    "heldout13": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=3, corroboration=0.70,
                false_conflicts=2, traps_hit=2),
    "heldout14": Floors(documents=10, must=8, recall=0.90, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=1),
    "heldout15": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=4, corroboration=0.85,
                false_conflicts=1, traps_hit=1),
    "heldout16": Floors(documents=10, must=8, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=1, corroboration=0.85,
                false_conflicts=1, traps_hit=1),
    "heldout17": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=2, traps_hit=3),
    "heldout18": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=6, corroboration=0.90,
                false_conflicts=1, traps_hit=1),
    "heldout19": Floors(documents=10, must=8, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=1, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout20": Floors(documents=10, must=8, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=2, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout21": Floors(documents=10, must=8, recall=1.00, precision=0.95,
                found=("k1", "k2", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout22": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout23": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout24": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout25": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=4, corroboration=1.00,
                false_conflicts=1, traps_hit=1),
    "heldout26": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout27": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.80,
                false_conflicts=2, traps_hit=0),
    "heldout28": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=1, corroboration=0.85,
                false_conflicts=0, traps_hit=1),
    "heldout29": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=2, corroboration=0.70,
                false_conflicts=1, traps_hit=1),
    "heldout30": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=1, corroboration=0.85,
                false_conflicts=1, traps_hit=2),
    "heldout31": Floors(documents=10, must=8, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=1, traps_hit=1),
    "heldout32": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout33": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=1),
    "heldout34": Floors(documents=10, must=8, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout35": Floors(documents=10, must=8, recall=0.95, precision=0.85,
                found=("k1", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.30,
                false_conflicts=3, traps_hit=0),
    "heldout36": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout37": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout38": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=1.00,
                false_conflicts=1, traps_hit=2),
    "heldout39": Floors(documents=10, must=8, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=1.00,
                false_conflicts=0, traps_hit=1),
    "heldout40": Floors(documents=9, must=8, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout41": Floors(documents=10, must=7, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8"), incomparable=0, corroboration=1.00,
                false_conflicts=0, traps_hit=0),
    "heldout42": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=1),
    "heldout43": Floors(documents=10, must=8, recall=0.93, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=0, corroboration=0.35,
                false_conflicts=0, traps_hit=0),
    "heldout44": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k9"), incomparable=1, corroboration=0.75,
                false_conflicts=1, traps_hit=1),
    "heldout45": Floors(documents=9, must=8, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=2, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout46": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=1, traps_hit=1),
    "heldout47": Floors(documents=10, must=8, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout48": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout49": Floors(documents=10, must=8, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout50": Floors(documents=10, must=8, recall=0.90, precision=0.95,
                found=("k1", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=3),
    "heldout51": Floors(documents=10, must=8, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=1.00,
                false_conflicts=0, traps_hit=1),
    "heldout52": Floors(documents=10, must=8, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=1, corroboration=0.85,
                false_conflicts=0, traps_hit=1),
    "heldout53": Floors(documents=10, must=8, recall=1.00, precision=0.95,
                found=("k1", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout54": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=1),
    "heldout55": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=2),
    "heldout56": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=1),
    "heldout57": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout58": Floors(documents=10, must=8, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=4, corroboration=0.80,
                false_conflicts=0, traps_hit=1),
    "heldout59": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=2, corroboration=0.55,
                false_conflicts=0, traps_hit=3),
    "heldout60": Floors(documents=10, must=8, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout61": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9"), incomparable=2, corroboration=0.75,
                false_conflicts=1, traps_hit=2),
    "heldout62": Floors(documents=10, must=8, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=1, traps_hit=1),
    "heldout63": Floors(documents=10, must=8, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=4, traps_hit=5),
    "heldout64": Floors(documents=10, must=8, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.85,
                false_conflicts=1, traps_hit=1),
    "heldout65": Floors(documents=10, must=8, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout66": Floors(documents=9, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout67": Floors(documents=10, must=9, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=2, corroboration=0.90,
                false_conflicts=0, traps_hit=2),
    "heldout68": Floors(documents=10, must=8, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=1),
    "heldout69": Floors(documents=10, must=9, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=1),
    "heldout70": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout71": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout72": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout73": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout74": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout75": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.50,
                false_conflicts=0, traps_hit=1),
    "heldout76": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=4, corroboration=0.55,
                false_conflicts=2, traps_hit=2),
    "heldout77": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=2, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout78": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout79": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout80": Floors(documents=10, must=9, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.70,
                false_conflicts=1, traps_hit=1),
    "heldout81": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=1.00,
                false_conflicts=0, traps_hit=0),
    "heldout82": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout83": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout84": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout85": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout86": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout87": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=2),
    "heldout88": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=1),
    "heldout89": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout90": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout91": Floors(documents=10, must=9, recall=0.90, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=2, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout92": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout93": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.70,
                false_conflicts=0, traps_hit=0),
    "heldout94": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k4", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout95": Floors(documents=10, must=9, recall=1.00, precision=1.00,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.70,
                false_conflicts=0, traps_hit=0),
    "heldout96": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout97": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.60,
                false_conflicts=0, traps_hit=1),
    "heldout98": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout99": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout100": Floors(documents=10, must=9, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.45,
                false_conflicts=0, traps_hit=0),
    "heldout101": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout102": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.70,
                false_conflicts=0, traps_hit=0),
    "heldout103": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9"), incomparable=1, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout104": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout105": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout106": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout107": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.70,
                false_conflicts=0, traps_hit=0),
    "heldout108": Floors(documents=10, must=9, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout109": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout110": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k9"), incomparable=0, corroboration=0.85,
                false_conflicts=0, traps_hit=0),
    "heldout111": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout112": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.65,
                false_conflicts=1, traps_hit=1),
    "heldout113": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout114": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.65,
                false_conflicts=2, traps_hit=1),
    "heldout115": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=5, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout116": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout117": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=2, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout118": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout119": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout120": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout121": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout122": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.80,
                false_conflicts=0, traps_hit=0),
    "heldout123": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.60,
                false_conflicts=0, traps_hit=1),
    "heldout124": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.45,
                false_conflicts=0, traps_hit=0),
    "heldout125": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout126": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.70,
                false_conflicts=0, traps_hit=1),
    "heldout127": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout128": Floors(documents=10, must=9, recall=1.00, precision=1.00,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout129": Floors(documents=10, must=9, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout130": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout131": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout132": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout133": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout134": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout135": Floors(documents=10, must=9, recall=1.00, precision=1.00,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout136": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout137": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=2, corroboration=0.50,
                false_conflicts=1, traps_hit=1),
    "heldout138": Floors(documents=10, must=9, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.65,
                false_conflicts=0, traps_hit=1),
    "heldout139": Floors(documents=10, must=9, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout140": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.75,
                false_conflicts=0, traps_hit=0),
    "heldout141": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout142": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.70,
                false_conflicts=2, traps_hit=1),
    "heldout143": Floors(documents=10, must=9, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout144": Floors(documents=10, must=9, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=1),
    "heldout145": Floors(documents=10, must=9, recall=1.00, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=0, corroboration=0.90,
                false_conflicts=0, traps_hit=0),
    "heldout146": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k10", "k11"), incomparable=1, corroboration=0.55,
                false_conflicts=1, traps_hit=1),
    "heldout147": Floors(documents=10, must=12, recall=0.90, precision=0.80,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k10", "k11", "k12", "k13"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout148": Floors(documents=10, must=12, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=2, corroboration=0.45,
                false_conflicts=0, traps_hit=1),
    "heldout149": Floors(documents=10, must=12, recall=0.90, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=1, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout150": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=7, corroboration=0.40,
                false_conflicts=1, traps_hit=1),
    "heldout151": Floors(documents=10, must=10, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=0, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout152": Floors(documents=10, must=10, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=2, corroboration=0.45,
                false_conflicts=0, traps_hit=0),
    "heldout153": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9", "k11"), incomparable=6, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout154": Floors(documents=10, must=12, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k10", "k11", "k12"), incomparable=1, corroboration=0.60,
                false_conflicts=0, traps_hit=0),
    "heldout155": Floors(documents=10, must=12, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=4, corroboration=0.40,
                false_conflicts=1, traps_hit=1),
    "heldout156": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k9", "k10", "k11"), incomparable=0, corroboration=0.60,
                false_conflicts=3, traps_hit=3),
    "heldout157": Floors(documents=10, must=11, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=1, corroboration=0.45,
                false_conflicts=1, traps_hit=1),
    "heldout158": Floors(documents=10, must=10, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), incomparable=1, corroboration=0.60,
                false_conflicts=1, traps_hit=1),
    "heldout159": Floors(documents=10, must=11, recall=0.85, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k6", "k7", "k8", "k9", "k10"), incomparable=1, corroboration=0.40,
                false_conflicts=0, traps_hit=1),
    "heldout160": Floors(documents=10, must=11, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=2, corroboration=0.35,
                false_conflicts=0, traps_hit=1),
    "heldout161": Floors(documents=10, must=11, recall=0.95, precision=0.85,
                found=("k1", "k2", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=2, corroboration=0.35,
                false_conflicts=0, traps_hit=1),
    "heldout162": Floors(documents=10, must=11, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k6", "k8", "k9", "k10", "k11"), incomparable=1, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout163": Floors(documents=10, must=10, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=2, corroboration=0.25,
                false_conflicts=1, traps_hit=1),
    "heldout164": Floors(documents=10, must=11, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k10", "k11"), incomparable=3, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout165": Floors(documents=10, must=11, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k10", "k11"), incomparable=2, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout166": Floors(documents=10, must=12, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=0, corroboration=0.30,
                false_conflicts=1, traps_hit=1),
    "heldout167": Floors(documents=10, must=11, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k10"), incomparable=2, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout168": Floors(documents=10, must=13, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9", "k10", "k11", "k12", "k13"), incomparable=4, corroboration=0.50,
                false_conflicts=0, traps_hit=2),
    "heldout169": Floors(documents=10, must=12, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=0, corroboration=0.55,
                false_conflicts=1, traps_hit=1),
    "heldout170": Floors(documents=10, must=11, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9", "k10", "k11"), incomparable=2, corroboration=0.45,
                false_conflicts=0, traps_hit=0),
    "heldout171": Floors(documents=10, must=12, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout172": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=0, corroboration=0.70,
                false_conflicts=0, traps_hit=0),
    "heldout173": Floors(documents=10, must=11, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=10, corroboration=0.40,
                false_conflicts=2, traps_hit=2),
    "heldout174": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9", "k10", "k11"), incomparable=3, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout175": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=1, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout176": Floors(documents=10, must=12, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=0, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout177": Floors(documents=10, must=13, recall=0.85, precision=0.85,
                found=("k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12", "k13"), incomparable=3, corroboration=0.40,
                false_conflicts=1, traps_hit=1),
    "heldout178": Floors(documents=10, must=11, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k9", "k10", "k11"), incomparable=9, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout179": Floors(documents=10, must=12, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=0, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout180": Floors(documents=10, must=10, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=2, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout181": Floors(documents=10, must=12, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=2, corroboration=0.30,
                false_conflicts=0, traps_hit=0),
    "heldout182": Floors(documents=10, must=12, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k9", "k10", "k11", "k12"), incomparable=3, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout183": Floors(documents=10, must=10, recall=0.85, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k10"), incomparable=2, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout184": Floors(documents=10, must=11, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9", "k10"), incomparable=5, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout185": Floors(documents=10, must=10, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=0, corroboration=0.35,
                false_conflicts=0, traps_hit=0),
    "heldout186": Floors(documents=10, must=12, recall=0.95, precision=0.90,
                found=("k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=12, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout187": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=4, corroboration=0.60,
                false_conflicts=0, traps_hit=1),
    "heldout188": Floors(documents=10, must=10, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=5, corroboration=0.40,
                false_conflicts=1, traps_hit=1),
    "heldout189": Floors(documents=10, must=12, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=9, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout190": Floors(documents=10, must=10, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9", "k10"), incomparable=6, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout191": Floors(documents=10, must=10, recall=1.00, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=9, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout192": Floors(documents=10, must=11, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k8", "k9", "k10", "k11"), incomparable=1, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout193": Floors(documents=10, must=10, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=4, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout194": Floors(documents=10, must=12, recall=0.95, precision=0.95,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=2, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout195": Floors(documents=10, must=11, recall=0.85, precision=0.80,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=0, corroboration=0.45,
                false_conflicts=1, traps_hit=1),
    "heldout196": Floors(documents=10, must=11, recall=0.85, precision=0.80,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k8", "k9", "k10", "k11"), incomparable=4, corroboration=0.45,
                false_conflicts=0, traps_hit=0),
    "heldout197": Floors(documents=10, must=11, recall=0.95, precision=0.80,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"), incomparable=0, corroboration=0.45,
                false_conflicts=1, traps_hit=1),
    "heldout198": Floors(documents=10, must=10, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k6", "k7", "k8", "k9", "k10"), incomparable=1, corroboration=0.45,
                false_conflicts=1, traps_hit=1),
    "heldout199": Floors(documents=10, must=12, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=1, corroboration=0.50,
                false_conflicts=0, traps_hit=0),
    "heldout200": Floors(documents=10, must=13, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12", "k13"), incomparable=0, corroboration=0.55,
                false_conflicts=0, traps_hit=0),
    "heldout201": Floors(documents=10, must=11, recall=0.95, precision=0.90,
                found=("k1", "k2", "k4", "k6", "k8", "k9", "k10", "k11"), incomparable=2, corroboration=0.45,
                false_conflicts=0, traps_hit=1),
    "heldout202": Floors(documents=10, must=12, recall=0.90, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k9", "k10", "k12"), incomparable=4, corroboration=0.40,
                false_conflicts=1, traps_hit=2),
    "heldout203": Floors(documents=10, must=12, recall=0.90, precision=0.80,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12"), incomparable=1, corroboration=0.45,
                false_conflicts=1, traps_hit=0),
    "heldout204": Floors(documents=10, must=12, recall=0.85, precision=0.90,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k10", "k11"), incomparable=3, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout205": Floors(documents=10, must=10, recall=0.85, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9", "k10"), incomparable=9, corroboration=0.50,
                false_conflicts=2, traps_hit=2),
    "heldout206": Floors(documents=10, must=11, recall=0.95, precision=0.85,
                found=("k2", "k3", "k4", "k5", "k6", "k8", "k9", "k10", "k11"), incomparable=8, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout207": Floors(documents=10, must=10, recall=0.95, precision=0.90,
                found=("k1", "k2", "k3", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=3, corroboration=0.40,
                false_conflicts=0, traps_hit=0),
    "heldout208": Floors(documents=10, must=11, recall=0.95, precision=0.85,
                found=("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"), incomparable=2, corroboration=0.65,
                false_conflicts=0, traps_hit=0),
    "heldout209": Floors(documents=10, must=11, recall=0.90, precision=0.80,
                found=("k1", "k2", "k3", "k4", "k7", "k8", "k11", "k12", "k13"), incomparable=9, corroboration=0.35,
                false_conflicts=2, traps_hit=2),
}  # fmt: skip


@pytest.fixture(scope="module", params=sorted(SETS))
def corpus(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def report(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EvalReport]:
    folder = EVAL / corpus
    store = ClaimStore.open(str(tmp_path_factory.mktemp(corpus) / "store"))
    try:
        build([folder], store)
        yield evaluate(load_gold(folder), store.claims(derived=True), store.findings())
    finally:
        store.close()


def test_heldout_set_is_complete(corpus: str) -> None:
    folder, floors = EVAL / corpus, SETS[corpus]
    gold = load_gold(folder)
    documents = [p for p in folder.iterdir() if p.suffix in SUPPORTED_SUFFIXES]
    assert len(documents) == len(gold.documents) >= floors.documents
    assert {p.name for p in documents} == {d.file for d in gold.documents}
    assert sum(1 for c in gold.conflicts if c.must) >= floors.must


def test_gold_quotes_are_verbatim(corpus: str) -> None:
    folder = EVAL / corpus
    for doc in load_gold(folder).documents:
        text = (folder / doc.file).read_text(encoding="utf-8")
        for claim in doc.claims:
            assert claim.quote is not None and claim.quote in text, (doc.file, claim.id)
            assert claim.figure is not None and claim.figure in claim.quote, (doc.file, claim.id)


def test_claim_recall_floor(corpus: str, report: EvalReport) -> None:
    assert report.claim_recall >= SETS[corpus].recall, [m.ref for m in report.misses]


def test_claim_precision_floor(corpus: str, report: EvalReport) -> None:
    assert report.claim_precision >= SETS[corpus].precision


def test_must_flag_conflicts_floor(corpus: str, report: EvalReport) -> None:
    floors = SETS[corpus]
    found = {c.id for c in report.conflicts if c.must and c.found}
    assert report.conflicts_found >= len(floors.found)
    assert set(floors.found) <= found, sorted(set(floors.found) - found)


def test_false_and_incomparable_conflicts_ceiling(corpus: str, report: EvalReport) -> None:
    floors = SETS[corpus]
    assert len(report.false_conflicts) <= floors.false_conflicts, [c.finding for c in report.false_conflicts]
    assert len(report.incomparable_conflicts) <= floors.incomparable, [
        c.finding for c in report.incomparable_conflicts
    ]


def test_corroborations_floor(corpus: str, report: EvalReport) -> None:
    assert report.corroboration_recall >= SETS[corpus].corroboration


def test_trap_hits_ceiling(corpus: str, report: EvalReport) -> None:
    hit = sorted({h.trap for h in report.trap_hits})
    assert len(hit) <= SETS[corpus].traps_hit, [(h.trap, h.finding) for h in report.trap_hits]
