"""claimgraph: a claim-reconciliation knowledge graph."""

__version__ = "0.1.0"
