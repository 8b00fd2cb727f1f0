"""What a statistic measures and its SI value (rules/measures.yaml, pint): written cases."""
from __future__ import annotations

import pytest

from antq_extract.fields.statistics.measures import measure
from antq_extract.pipeline import process_text


@pytest.mark.parametrize("value,unit,expected", [
    pytest.param(12.8, "g", ("weight", 0.0128, "kg"), id="gram"),
    pytest.param(429, "kg", ("weight", 429, "kg"), id="kilogram"),
    pytest.param(3, "tấn", ("weight", 3000, "kg"), id="tonne"),
    pytest.param(2, "tạ", ("weight", 200, "kg"), id="quintal"),
    pytest.param(350, "mg", ("weight", 0.00035, "kg"), id="milligram"),
    pytest.param(5.3, "lít", ("volume", 0.0053, "m³"), id="litre"),
    pytest.param(500, "ml", ("volume", 0.0005, "m³"), id="millilitre"),
    pytest.param(200, "km", ("length", 200000, "m"), id="kilometre"),
    pytest.param(1, "hải lý", ("length", 1852, "m"), id="nautical-mile"),
    pytest.param(2.5, "ha", ("area", 25000, "m²"), id="hectare"),
    pytest.param(3, "sào", ("other", None, None), id="sao-has-no-single-size"),
    pytest.param(15, "vụ", ("cases", None, None), id="cases"),
    pytest.param(11, "vụ tai nạn", ("cases", None, None), id="cases-by-first-word"),
    pytest.param(27, "bị can", ("persons", None, None), id="accused"),
    pytest.param(18000, "lượt người", ("persons", None, None), id="classifier-then-noun"),
    pytest.param(14, "khẩu súng", ("weapons", None, None), id="guns"),
    pytest.param(312, "xe mô tô", ("vehicles", None, None), id="motorbikes"),
    pytest.param(40000000, "đồng", ("money", None, None), id="money"),
    pytest.param(95, "%", ("percent", None, None), id="percent"),
    pytest.param(320, "buổi", ("events", None, None), id="sessions"),
    pytest.param(86, "giấy phép lái xe", ("other", None, None), id="not-a-vehicle"),
    pytest.param(9, "tập thể", ("other", None, None), id="other"),
    pytest.param(5, None, ("other", None, None), id="no-unit"),
])
def test_measure(value, unit, expected):
    assert measure(value, unit) == expected


def test_record_statistics_carry_their_measure():
    record = process_text("Thu giữ 12,8g ma túy đá và 2 xe máy.")
    got = [(s.value, s.unit, s.measure, s.si_value, s.si_unit) for s in record.statistics]
    assert got == [(12.8, "g", "weight", 0.0128, "kg"), (2, "xe máy", "vehicles", None, None)]


def test_si_factor_table_is_pints_answer_for_every_unit():
    """rules/si_factors.tsv spares pint at start-up: it must hold pint's own answer for every
    physical unit of measures.yaml (a missing or stale row is printed ready to paste)."""
    from antq_extract.fields.statistics.measures import _data, _factors, pint_si

    wanted = {p.pint: pint_si(p.pint) for p in _data().physical.values()}
    wrong = {e: si for e, si in wanted.items() if _factors().get(e) != si}
    assert not wrong, "rows for rules/si_factors.tsv:\n" + "".join(
        f"{e}\t{m!r}\t{s}\n" for e, (m, s) in sorted(wrong.items()))


def test_statistics_need_no_pint():
    import subprocess
    import sys

    code = ("import sys; from antq_extract.pipeline import process_text; "
            "process_text('Thu giữ 12,8g ma túy và 3 tấn gạo, 5 lít xăng.'); print('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
