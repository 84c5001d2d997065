"""claims/events.py: which words name the event a date is given for."""

from csrpress.claims.events import events_in
from csrpress.model import Origin


def _words(text: str) -> frozenset[str]:
    (event,) = [e for e in events_in(text, Origin("c.yaml", ("zh",)), 2024) if e.kind == "day"]
    return event.words


def test_a_box_label_is_no_word_of_the_event():
    # "【案例】" says what kind of text follows; as a word it made two datings of one opening look less alike
    assert "案例" not in _words("【案例】印尼莫罗瓦利工厂2024年3月投产")
    assert {"工厂", "投产"} <= _words("【案例】印尼莫罗瓦利工厂2024年3月投产")


def test_a_label_in_the_text_itself_is_kept():
    assert "案例" in _words("2024年3月，我们入选优秀案例")
