"""checks/changes._sentence_before: the sentence just before another in its string, indexed once per run."""
from csrpress.checks.changes import _sentence_before


def test_each_sentence_points_at_the_one_before_it_in_its_own_string():
    sentences = {("a", 40): [], ("b", 0): [], ("a", 0): [], ("a", 12): [], ("b", 30): []}
    before = _sentence_before(sentences)
    assert before == {("a", 12): ("a", 0), ("a", 40): ("a", 12), ("b", 30): ("b", 0)}
    assert ("a", 0) not in before and ("b", 0) not in before  # a string's first sentence has none before it
