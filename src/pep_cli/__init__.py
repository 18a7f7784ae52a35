"""pep: the State–département child-protection conventions, kept as code."""

__version__ = "0.1.0"

# Where the documentation site (built from docs/ with mkdocs, see mkdocs.yml) is published:
# one page per rule at DOCS_URL + "regles/<règle>/". SARIF and ``pep explain`` point there.
DOCS_URL = "https://pep-cli.readthedocs.io/fr/stable/"


def rule_url(rule: str) -> str:
    """The documentation page of a rule."""
    return f"{DOCS_URL}regles/{rule}/"
