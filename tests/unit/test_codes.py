from pathlib import Path

from csrpress.codes import CODES, rules_markdown

REPO = Path(__file__).resolve().parents[2]


def test_docs_rules_is_generated_from_the_catalogue():
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), "run: make rules"


def test_every_code_is_documented_and_well_formed():
    for code in CODES.values():
        assert code.id[0] in "LSNTKRD" and len(code.id) == 4
        assert all((code.what, code.why, code.example, code.fix)), code.id
    assert len({c.name for c in CODES.values()}) == len(CODES)
