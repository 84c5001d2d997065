"""claims/english.py: the noun phrase an English translation names a Chinese figure's count with."""

from csrpress import numbers
from csrpress.claims.english import counted_after, counted_in_english, same_counted


def test_the_noun_phrase_after_the_figure_singular_and_cut_at_function_words():
    text = "benefiting 47,000 farming households in 12 counties"
    fig = numbers.find_figures(text)[0]
    assert counted_after(text, fig.end) == ("farming", "household")
    text = "operates 5 self-built data centres across three provinces"
    assert counted_after(text, numbers.find_figures(text)[0].end) == ("self-built", "data", "centre")
    assert counted_after("in 68 cities.", len("in 68")) == ("city",)


def test_a_chinese_figure_takes_the_phrase_of_the_english_figure_of_its_value():
    zh = [f for f in numbers.find_figures("光伏扶贫电站惠及4.2万户农户，新建电站12座") if f.value is not None]
    found = counted_in_english(zh, "The plants benefit 42,000 farming households; we built 12 new plants.")
    assert found[zh[0].start] == ("farming", "household")
    assert found[zh[1].start] == ("new", "plant")


def test_a_value_printed_twice_names_no_one_phrase():
    zh = [f for f in numbers.find_figures("惠及4.2万户农户") if f.value is not None]
    assert counted_in_english(zh, "42,000 farming households, 42,000 people") == {}


def test_one_word_names_no_one_count():
    assert same_counted(("farming", "household"), ("farming", "household"))
    assert not same_counted(("household",), ("household",))
    assert not same_counted(("farming", "household"), ("household",))
