"""checks/growth.py: which phrases before a change name the year it is against (N223)."""

from csrpress.checks.growth import GROWTH


def _base(text: str) -> str | None:
    said = GROWTH.search(text)
    assert said, text
    return said.group(1) or said.group(2)


def test_the_year_compared_with_may_open_the_sentence():
    # "与2023年相比，全年取水量下降7.3%": the comparison, a comma and the subject before the change
    assert _base("与2023年相比，全年取水量下降") == "2023"
    assert _base("较2022年下降") == "2022"
    assert _base("同比下降") is None


def test_a_comparison_with_a_target_is_no_change_against_a_year():
    assert not GROWTH.search("与目标相比，全年取水量下降")
    assert not GROWTH.search("与2023年相比，我们在南屿基地新建的回用系统使取水量下降")  # too far from the change
