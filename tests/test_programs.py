"""The programs detector: document symbols, merging, warnings, issued, title, exclusions.

Cases are tables of real-looking Vietnamese sentences (most not from the corpus), each with
an id; the corpus and dev gold are measured by ``make eval`` / ``make eval-dev``.
"""
from __future__ import annotations


import pytest

from antq_extract.fields.programs.context import parse_date
from antq_extract.fields.programs.documents import canonical_code, kind_from_code
from antq_extract.pipeline import process_text


def programs(text, published=None):
    record = process_text(text, id="t", published=published)
    assert record.error is None, record.error
    return record


def only(text):
    found = programs(text).programs
    assert len(found) == 1, [p.model_dump() for p in found]
    return found[0]


# (id, sentence, kind, number, code, mention text)
SYMBOLS = [
    ("ctr-slash", "Sơ kết Chương trình phối hợp số 09/Ctr-BCA-MTTQ giữa hai ngành.",
     "chương trình phối hợp", "09", "09/Ctr-BCA-MTTQ", "Chương trình phối hợp số 09/Ctr-BCA-MTTQ"),
    ("ctr-upper-case", "Tổng kết Chương trình phối hợp số 09/CTr-BCA-MTTW.",
     "chương trình phối hợp", "09", "09/CTr-BCA-MTTW", "Chương trình phối hợp số 09/CTr-BCA-MTTW"),
    ("party-spaced-en-dash", "Thực hiện Chương trình phối hợp số 38- Ctr/BDVTW – BCA, năm 2016.",
     "chương trình phối hợp", "38", "38-Ctr/BDVTW-BCA", "Chương trình phối hợp số 38- Ctr/BDVTW – BCA"),
    ("party-spaced-dash", "Thực hiện Chỉ thị số 05 - CT/TW của Bộ Chính trị.",
     "chỉ thị", "05", "05-CT/TW", "Chỉ thị số 05 - CT/TW"),
    ("action-program", "Chương trình hành động số 22-Ctr/ĐUCA-V28 của Đảng ủy Công an Trung ương.",
     "chương trình hành động", "22", "22-Ctr/ĐUCA-V28", "Chương trình hành động số 22-Ctr/ĐUCA-V28"),
    ("resolution-party", "Quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương.",
     "nghị quyết", "25", "25-NQ/TW", "Nghị quyết số 25-NQ/TW"),
    ("directive-ttg", "Thực hiện Chỉ thị số 31/CT-TTg của Thủ tướng Chính phủ.",
     "chỉ thị", "31", "31/CT-TTg", "Chỉ thị số 31/CT-TTg"),
    ("plan-ubnd", "Công an tỉnh triển khai Kế hoạch số 215/KH-UBND của UBND tỉnh.",
     "kế hoạch", "215", "215/KH-UBND", "Kế hoạch số 215/KH-UBND"),
    ("plan-without-so", "Chi tiết Kế hoạch 113/KH-BCA-C04 xem tại đây.",
     "kế hoạch", "113", "113/KH-BCA-C04", "Kế hoạch 113/KH-BCA-C04"),
    ("decision-year", "Đáp ứng điều kiện theo Quyết định số 06/2020/QĐ-TTg của Thủ tướng.",
     "quyết định", "06", "06/2020/QĐ-TTg", "Quyết định số 06/2020/QĐ-TTg"),
    ("circular", "Thông tư số 58/2020/TT-BCA quy định quy trình tuần tra.",
     "thông tư", "58", "58/2020/TT-BCA", "Thông tư số 58/2020/TT-BCA"),
    ("decree-without-so", "Xử phạt theo Nghị định 100/2019/NĐ-CP của Chính phủ.",
     "nghị định", "100", "100/2019/NĐ-CP", "Nghị định 100/2019/NĐ-CP"),
    ("conclusion", "Theo Kết luận số 01-KL/TW của Bộ Chính trị.",
     "kết luận", "01", "01-KL/TW", "Kết luận số 01-KL/TW"),
    ("law-number", "Theo Luật số 37/2018/QH14 của Quốc hội.",
     "luật", "37", "37/2018/QH14", "Luật số 37/2018/QH14"),
    ("law-named", "Luật Phòng, chống ma túy số 73/2021/QH14 có hiệu lực từ năm 2022.",
     "luật", "73", "73/2021/QH14", "Luật Phòng, chống ma túy số 73/2021/QH14"),
    ("official-letter", "Bộ Công an có Công văn số 1234/BCA-V05 gửi các địa phương.",
     "công văn", "1234", "1234/BCA-V05", "Công văn số 1234/BCA-V05"),
    ("van-ban-is-cong-van", "UBND tỉnh ban hành văn bản số 2895/UBND-NC chỉ đạo các sở.",
     "công văn", "2895", "2895/UBND-NC", "văn bản số 2895/UBND-NC"),
    ("van-ban-with-type", "Công an tỉnh có văn bản số 12/KH-CAT về tuần tra.",
     "kế hoạch", "12", "12/KH-CAT", "văn bản số 12/KH-CAT"),
    ("telegram", "Thủ tướng ban hành Công điện số 1151/CĐ-TTg về phòng, chống dịch.",
     "công điện", "1151", "1151/CĐ-TTg", "Công điện số 1151/CĐ-TTg"),
    ("scheme-bare", "Triển khai Đề án 06 của Chính phủ trên địa bàn.",
     "đề án", "06", None, "Đề án 06"),
    ("notice-party", "Thông báo kết luận số 12-TB/TW của Ban Bí thư.",
     "thông báo", "12", "12-TB/TW", "Thông báo kết luận số 12-TB/TW"),
    ("guide", "Thực hiện Hướng dẫn số 15-HD/BTGTW của Ban Tuyên giáo Trung ương.",
     "hướng dẫn", "15", "15-HD/BTGTW", "Hướng dẫn số 15-HD/BTGTW"),
    ("resolution-hdnd", "HĐND tỉnh thông qua Nghị quyết số 12/2023/NQ-HĐND.",
     "nghị quyết", "12", "12/2023/NQ-HĐND", "Nghị quyết số 12/2023/NQ-HĐND"),
    ("joint-circular", "Thông tư liên tịch số 08/2014/TTLT-BCA-BQP hướng dẫn phối hợp.",
     "thông tư liên tịch", "08", "08/2014/TTLT-BCA-BQP", "Thông tư liên tịch số 08/2014/TTLT-BCA-BQP"),
    ("so-colon", "Căn cứ Quyết định số: 1520/QĐ-UBND ngày hôm qua.",
     "quyết định", "1520", "1520/QĐ-UBND", "Quyết định số: 1520/QĐ-UBND"),
    ("number-only", "Qua việc thực hiện Chương trình phối hợp số 09, phong trào được đẩy mạnh.",
     "chương trình phối hợp", "09", None, "Chương trình phối hợp số 09"),
    ("bare-number", "Hội nghị triển khai Chỉ thị 09 của Ban Bí thư.",
     "chỉ thị", "09", None, "Chỉ thị 09"),
    ("all-caps-heading", "TRIỂN KHAI QUYẾT ĐỊNH SỐ 1520/QĐ-UBND CỦA UBND TỈNH",
     "quyết định", "1520", "1520/QĐ-UBND", "QUYẾT ĐỊNH SỐ 1520/QĐ-UBND"),
    ("symbol-before-full-stop", "Đơn vị thực hiện theo Kế hoạch số 45/KH-CAH.",
     "kế hoạch", "45", "45/KH-CAH", "Kế hoạch số 45/KH-CAH"),
    ("dotted-issuer", "Thay thế Quyết định số 01/1999/QĐ.UB của Ủy ban nhân dân tỉnh.",
     "quyết định", "01", "01/1999/QĐ.UB", "Quyết định số 01/1999/QĐ.UB"),
    ("spaced-dash-year", "Gắn với thực hiện Thông tư số 23/2012/TT - BCA của Bộ Công an.",
     "thông tư", "23", "23/2012/TT-BCA", "Thông tư số 23/2012/TT - BCA"),
    ("submission", "Xét đề nghị tại Tờ trình số 89/TTr-CAT-PC64 của Công an tỉnh.",
     "tờ trình", "89", "89/TTr-CAT-PC64", "Tờ trình số 89/TTr-CAT-PC64"),
    ("report", "Báo cáo số 295/BC-STP của Sở Tư pháp đã thẩm định.",
     "báo cáo", "295", "295/BC-STP", "Báo cáo số 295/BC-STP"),
    ("capital-so", "Thực hiện Chỉ thị Số 11 của Chủ tịch UBND tỉnh.",
     "chỉ thị", "11", None, "Chỉ thị Số 11"),
    ("numbered-program", "Chương trình 135 của Chính phủ được triển khai tại 12 xã.",
     "chương trình", "135", None, "Chương trình 135"),
    ("state-programme-symbol", "Ban Chủ nhiệm chương trình KX.01/11-15 đánh giá cao kết quả.",
     "chương trình", "KX.01", "KX.01/11-15", "chương trình KX.01/11-15"),
    # dev (real-blind rc08): the project code "mã số KC.09.34/16-20" is no programme
    ("dev-rc08-programme", "Đề tài mã số KC.09.34/16-20 thuộc Chương trình KC.09/16-20, do Giám đốc làm Chủ nhiệm.",
     "chương trình", "KC.09", "KC.09/16-20", "Chương trình KC.09/16-20"),
]


@pytest.mark.parametrize("text,kind,number,code,mention", [pytest.param(*c[1:], id=c[0]) for c in SYMBOLS])
def test_document_symbol(text, kind, number, code, mention):
    p = only(text)
    assert (p.kind, p.number, p.code) == (kind, number, code)
    assert [m.text for m in p.mentions] == [mention]


NOT_DOCUMENTS = [
    ("named-without-number", "Thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng."),
    ("national-target-program", "Tiêu chí số 19 trong Chương trình mục tiêu quốc gia xây dựng nông thôn mới."),
    ("plan-of-director", "Triển khai Kế hoạch của Giám đốc Công an tỉnh về xây dựng lực lượng."),
    ("campaign", "Hưởng ứng Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới\"."),
    ("movement", "Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022."),
    ("unnumbered-plural", "Triển khai kịp thời các chỉ thị, nghị quyết, văn bản chỉ đạo của Đảng."),
    ("verb-with-count", "Đề tài hỗ trợ đào tạo 02 nghiên cứu sinh, hướng dẫn 02 thạc sĩ."),
    ("decision-verb-count", "Ra quyết định xử phạt 1.456 trường hợp vi phạm."),
    ("code-with-year", "Theo Bộ luật Hình sự 2015, hành vi này bị xử lý."),
    ("plan-duration", "Công an tỉnh xây dựng Kế hoạch 5 năm về phòng cháy."),
    ("plan-period", "Thực hiện Kế hoạch 2021 - 2025 của tỉnh."),
    ("phap-luat-so", "Vi phạm pháp luật số 12 vụ trong tháng."),
    ("body-name", "Ban Chỉ đạo 799 quận họp định kỳ."),
    ("research-code", "Đề tài mã số ĐTĐLXH.01/17 được nghiệm thu."),
    ("programme-project", "Nghiệm thu đề tài mã số KC.09.34/16-20 của Học viện."),
    ("programme-project-after-type", "Chương trình KC.09.34/16-20 có 12 đề tài."),
    ("lowercase-guide-number", "Cán bộ hướng dẫn số 12 hộ dân làm thủ tục."),
    ("report-without-number", "Các ý kiến thống nhất với Báo cáo trình bày tại Hội nghị."),
    ("guide-steps", "Theo Hướng dẫn 12 bước của Bộ Y tế, người dân rửa tay."),
    ("plan-months", "Công an huyện triển khai Kế hoạch 3 tháng cao điểm."),
    ("plan-year", "Kế hoạch 2024 của UBND huyện được thông qua."),
    ("law-with-year", "Căn cứ Luật Công an nhân dân năm 2014; Luật Du lịch ngày 14/6/2005."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_DOCUMENTS])
def test_not_a_document(text):
    assert programs(text).programs == []


def test_mentions_of_one_document_merge():
    text = ("Sơ kết Chương trình phối hợp số 09/Ctr-BCA-MTTQ, ngày 1/8/2013 về đẩy mạnh phong trào; "
            "Chương trình phối hợp số 09 được triển khai. Sau đó Chương trình phối hợp số 09 tiếp tục.")
    p = only(text)
    assert [m.text for m in p.mentions] == ["Chương trình phối hợp số 09/Ctr-BCA-MTTQ",
                                            "Chương trình phối hợp số 09", "Chương trình phối hợp số 09"]
    assert (p.code, p.issued, p.title) == ("09/Ctr-BCA-MTTQ", "2013-08-01", "đẩy mạnh phong trào")


CODE_WARNINGS = [
    ("codes-disagree", "Chương trình phối hợp số 09/Ctr-BCA-MTTQ và sau đó Chương trình phối hợp số 09/CTr-BCA-MTTW.",
     "09/Ctr-BCA-MTTQ", 1),
    ("case-only", "Chương trình phối hợp số 09/Ctr-BCA-MTTQ và sau đó Chương trình phối hợp số 09/CTr-BCA-MTTQ.",
     "09/Ctr-BCA-MTTQ", 0),
    ("code-then-number", "Kế hoạch số 45/KH-CAH được ký. Kế hoạch số 45 đã triển khai.", "45/KH-CAH", 0),
]


@pytest.mark.parametrize("text,code,n_warnings", [pytest.param(*c[1:], id=c[0]) for c in CODE_WARNINGS])
def test_codes_of_one_document(text, code, n_warnings):
    record = programs(text)
    assert [p.code for p in record.programs] == [code]
    w003 = [w for w in record.warnings if "W003" in w]
    assert len(w003) == n_warnings
    if n_warnings:
        assert "09/Ctr-BCA-MTTQ" in w003[0] and "09/CTr-BCA-MTTW" in w003[0]


SEPARATE = [
    ("list-with-commas", "việc thực hiện các Chương trình phối hợp số 09, Chương trình hành động số 22, "
     "Chương trình phối hợp số 38 được quan tâm.", [("chương trình phối hợp", "09"),
                                                   ("chương trình hành động", "22"), ("chương trình phối hợp", "38")],
     "Chương trình phối hợp số 09"),
    ("pair-with-va", "Thực hiện Chương trình hành động số 22 và Chương trình phối hợp số 38, các ngành vào cuộc.",
     [("chương trình hành động", "22"), ("chương trình phối hợp", "38")], "Chương trình hành động số 22"),
    ("numbers-under-one-type", "Quán triệt Nghị quyết số 35-NQ/TW và số 36-NQ/TW của Bộ Chính trị.",
     [("nghị quyết", "35"), ("nghị quyết", "36")], "Nghị quyết số 35-NQ/TW"),
    ("same-number-other-kind", "Chỉ thị số 09 và Nghị quyết số 09 được quán triệt.",
     [("chỉ thị", "09"), ("nghị quyết", "09")], "Chỉ thị số 09"),
]


@pytest.mark.parametrize("text,keys,first", [pytest.param(*c[1:], id=c[0]) for c in SEPARATE])
def test_separate_documents(text, keys, first):
    found = programs(text).programs
    assert [(p.kind, p.number) for p in found] == keys
    assert found[0].mentions[0].text == first  # "các" stays outside the span


ISSUED = [
    ("after-comma", "Chương trình phối hợp số 09/Ctr-BCA-MTTQ, ngày 1/8/2013 về phong trào.", "2013-08-01"),
    ("after-space", "Chương trình phối hợp số 09/CTr-BCA-MTTW ngày 01/8/2013 giữa hai ngành.", "2013-08-01"),
    ("dotted", "Chỉ thị số 05 - CT/TW ngày 15.5.2016 của Bộ Chính trị.", "2016-05-15"),
    ("dashed", "Kế hoạch số 45/KH-CAH ngày 3-4-2023 của Công an huyện.", "2023-04-03"),
    ("words", "Thông tư số 58/2020/TT-BCA ngày 16 tháng 6 năm 2020 của Bộ Công an.", "2020-06-16"),
    ("number-only", "Chương trình phối hợp số 09, ngày 1/8/2013 giữa Bộ Công an với Mặt trận.", "2013-08-01"),
    ("issuing-verb-after", "Kế hoạch số 15/KH-UBND ban hành ngày 2/3/2023 của UBND tỉnh.", "2023-03-02"),
    ("date-opens-clause", "Ngày 10/4/2023, UBND tỉnh ban hành văn bản số 2895/UBND-NC chỉ đạo các sở.", "2023-04-10"),
    ("line-break-before-date", "Thông tư số 23/2012/TT - BCA, ngày\n27/4/2012 của Bộ Công an.", "2012-04-27"),
    ("caps-heading", "SỬA ĐỔI THÔNG TƯ SỐ 149/2020/TT-BCA NGÀY 31 THÁNG 12 NĂM 2020 CỦA BỘ TRƯỞNG", "2020-12-31"),
    ("verb-da-ban-hanh", "Ngày 16-3-2022, Bộ Chính trị đã ban hành Nghị quyết số 12-NQ/TW về lực lượng.", "2022-03-16"),
    ("no-date", "Kế hoạch số 15/KH-UBND của UBND tỉnh được triển khai ngày 2/3/2023.", None),
    ("impossible-date", "Kế hoạch số 15/KH-UBND ngày 31/2/2023 của UBND tỉnh.", None),
]


# Kinds of Nghị định 30/2020/NĐ-CP, Phụ lục III, and numbers with a year only. Written.
KINDS = [
    ("thong-cao", "Theo Thông cáo số 05/TC-CAT, Công an tỉnh thông tin vụ việc.", "thông cáo", "05", "05/TC-CAT"),
    ("bien-ban", "Biên bản số 12/BB-VPHC được lập đối với tài xế.", "biên bản", "12", "12/BB-VPHC"),
    ("ban-ghi-nho", "Hai bên ký Bản ghi nhớ số 01/BGN-CAT-SGD về phối hợp tuyên truyền.", "bản ghi nhớ", "01",
     "01/BGN-CAT-SGD"),
    ("du-an", "Thực hiện Dự án số 03/DA-UBND về xây dựng trụ sở.", "dự án", "03", "03/DA-UBND"),
    ("to-trinh", "Tờ trình số 88/TTr-CAT về việc đề nghị khen thưởng.", "tờ trình", "88", "88/TTr-CAT"),
    ("bao-cao", "Báo cáo số 245/BC-CAT ngày 1/12/2023 về kết quả công tác.", "báo cáo", "245", "245/BC-CAT"),
    ("number-with-year", "Thực hiện Nghị định 37/2019 của Chính phủ, Công an tỉnh đã triển khai.", "nghị định", "37",
     "37/2019"),
    ("number-with-year-so", "Theo Nghị quyết số 12/2022 của HĐND tỉnh.", "nghị quyết", "12", "12/2022"),
    # dev (real-blind-12 rau04): a joint resolution is its own kind, as a joint circular is
    ("dev-rau04-joint-resolution", "Hội nghị tổng kết 15 năm thực hiện Nghị quyết liên tịch số 01, giữa Hội Cựu chiến "
     "binh và Bộ Công an.", "nghị quyết liên tịch", "01", None),
]


@pytest.mark.parametrize("text,kind,number,code", [pytest.param(*c[1:], id=c[0]) for c in KINDS])
def test_document_kinds(text, kind, number, code):
    p = only(text)
    assert (p.kind, p.number, p.code) == (kind, number, code)


@pytest.mark.parametrize("text,issued", [pytest.param(*c[1:], id=c[0]) for c in ISSUED])
def test_issued(text, issued):
    assert only(text).issued == issued


TITLES = [
    ("quoted-after-ve", "Chỉ thị 09 của Ban Bí thư về \"Tăng cường sự lãnh đạo của Đảng\" được triển khai.",
     "Tăng cường sự lãnh đạo của Đảng"),
    ("quoted-keeps-commas", "Chương trình phối hợp số 38- Ctr/BDVTW – BCA, ngày 15/6/2016 về “Phối hợp thực hiện "
     "công tác dân vận, giai đoạn 2016 - 2021”.", "Phối hợp thực hiện công tác dân vận, giai đoạn 2016 - 2021"),
    ("quoted-after-parties", "Chương trình phối hợp số 09, ngày 1/8/2013 giữa Bộ Công an với Ban Thường trực Ủy ban "
     "Trung ương Mặt trận Tổ quốc Việt Nam về “Đẩy mạnh phong trào toàn dân”.", "Đẩy mạnh phong trào toàn dân"),
    ("ve-unquoted-list-commas", "Quyết định số 06/2020/QĐ-TTg, ngày 21/02/2020 của Thủ tướng Chính phủ về tổ chức và "
     "quản lý hội nghị, hội thảo quốc tế tại Việt Nam.", "tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam"),
    ("ve-ends-before-next-document", "Chỉ thị số 05 - CT/TW ngày 15.5.2016 của Bộ Chính trị về đẩy mạnh học tập và "
     "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.",
     "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ("ve-ends-at-semicolon", "Kế hoạch số 15/KH-UBND về tuần tra kiểm soát; các đơn vị thực hiện.",
     "tuần tra kiểm soát"),
    ("ve-viec", "Quyết định số 123/QĐ-UBND về việc thành lập Ban Chỉ đạo; các sở thực hiện.", "thành lập Ban Chỉ đạo"),
    ("quoted-without-ve", "Kế hoạch số 15/KH-UBND \"Tăng cường tuần tra\" được triển khai.", "Tăng cường tuần tra"),
    ("no-title", "Theo Kế hoạch số 113/KH-BCA-C04 ngày 09/3/2023 của Bộ Công an.", None),
    ("ve-of-a-later-clause", "Thực hiện Chương trình phối hợp số 38, các ngành đẩy mạnh tuyên truyền về dân vận.", None),
    ("quote-in-a-list", "Nghị quyết số 12, \"Ngày hội toàn dân\" và phong trào thi đua.", None),
    ("ve-keeps-parenthesis", "Nghị quyết số 12 của Bộ Chính trị về xây dựng lực lượng Công an nhân dân (CAND) trong "
     "sạch, vững mạnh.", "xây dựng lực lượng Công an nhân dân (CAND) trong sạch, vững mạnh"),
    ("ve-ends-before-main-clause", "Để thực hiện Nghị quyết số 12 của Bộ Chính trị về xây dựng lực lượng trong sạch, "
     "vững mạnh, Bộ Công an xác định mục tiêu.", "xây dựng lực lượng trong sạch, vững mạnh"),
    ("ve-runs-through-named-document", "Kế hoạch số 118-KH/ĐUCA, ngày 25-5-2022 của Đảng ủy Công an Trung ương về "
     "việc thực hiện Nghị quyết số 12 của Bộ Chính trị về xây dựng lực lượng.",
     "thực hiện Nghị quyết số 12 của Bộ Chính trị về xây dựng lực lượng"),
    ("ve-stops-at-coordinated-document", "Chỉ thị số 05-CT/TW về học tập và làm theo Bác và Nghị quyết số 12 về xây "
     "dựng lực lượng.", "học tập và làm theo Bác"),
    # GUIDELINES, second edition (issue 10): the title ends where the main clause or a
    # back-reference starts. Written.
    ("ve-ends-before-lowercase-clause", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác "
     "văn thư, đơn vị đã rà soát hồ sơ.", "công tác văn thư"),
    ("ve-ends-before-passive-verb", "Tờ trình số 88/TTr-CAT về việc đề nghị khen thưởng đã được gửi Bộ Công an.",
     "đề nghị khen thưởng"),
    ("ve-ends-before-thi", "Thực hiện Kế hoạch số 97/KH-UBND về triển khai đợt cao điểm tấn công trấn áp tội phạm thì "
     "Công an tỉnh đã bắt giữ 45 đối tượng.", "triển khai đợt cao điểm tấn công trấn áp tội phạm"),
    ("ve-ends-before-nau-ro", "Báo cáo số 245/BC-CAT ngày 1/12/2023 về kết quả công tác năm 2023 nêu rõ nhiều kết quả.",
     "kết quả công tác năm 2023"),
    ("ve-ends-before-back-reference", "Thực hiện Kế hoạch số 12/KH-CAT về tăng cường bảo đảm an ninh trật tự dịp Tết "
     "(sau đây gọi tắt là Kế hoạch 12), Công an huyện đã ra quân.", "tăng cường bảo đảm an ninh trật tự dịp Tết"),
    ("ve-ends-before-short-back-reference", "Thực hiện Kế hoạch số 12/KH-CAT về tăng cường bảo đảm an ninh trật tự "
     "dịp Tết (Kế hoạch 12) Công an huyện đã ra quân.", "tăng cường bảo đảm an ninh trật tự dịp Tết"),
    ("chain-belongs-to-the-first", "Kế hoạch số 15/KH-UBND về việc thực hiện Chỉ thị số 21/CT-TTg của Thủ tướng "
     "Chính phủ về tăng cường công tác phòng cháy, chữa cháy được ban hành.",
     "thực hiện Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ về tăng cường công tác phòng cháy, chữa cháy"),
    # Issue 10: the time frame that closes a document's name ends the title. Origin dev (ra09).
    ("dev-ra09-ends-after-time-frame", "UBND tỉnh tổ chức Hội nghị trực tuyến quán triệt triển khai thực hiện Chỉ thị "
     "số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm trật tự an toàn giao thông "
     "(TTATGT) đường bộ trong tình hình mới và công tác bảo đảm TTATGT tại các tuyến đường liên thôn, liên xã trên địa "
     "bàn tỉnh Nghệ An.",
     "tăng cường công tác bảo đảm trật tự an toàn giao thông (TTATGT) đường bộ trong tình hình mới"),
    # Written.
    ("ends-after-thoi-ky-moi", "Quán triệt Nghị quyết số 12-NQ/TW về đẩy mạnh xây dựng lực lượng Công an nhân dân "
     "đáp ứng yêu cầu, nhiệm vụ trong thời kỳ mới tới toàn thể cán bộ.",
     "đẩy mạnh xây dựng lực lượng Công an nhân dân đáp ứng yêu cầu, nhiệm vụ trong thời kỳ mới"),
    ("ends-after-time-frame-before-place", "Kế hoạch số 20/KH-CAT về bảo đảm an ninh trật tự trong tình hình mới tại "
     "các xã biên giới.", "bảo đảm an ninh trật tự trong tình hình mới"),
    # Issue 10, origin dev (rc17): a "về việc" subject line keeps its purpose ("để ...").
    ("dev-rc17-subject-line-keeps-purpose", "Văn phòng UBND tỉnh đã nhận được Công văn số 789/FLC-BĐT2 ngày 1/9/2021 "
     "của FLC gửi UBND tỉnh về việc đề xuất giới thiệu địa điểm, ranh giới, hiện trạng sử dụng đất để nghiên cứu các "
     "dự án khu đô thị, khu du lịch sinh thái thuộc TP Tam Kỳ, tỉnh Quảng Nam.",
     "đề xuất giới thiệu địa điểm, ranh giới, hiện trạng sử dụng đất để nghiên cứu các dự án khu đô thị, khu du lịch "
     "sinh thái thuộc TP Tam Kỳ, tỉnh Quảng Nam"),
    # dev (real-blind-11 rao01): the issuer's "Phòng, chống" is no comma that ends the issuer phrase
    ("dev-rao01-issuer-phong-chong", "Thực hiện Kế hoạch số 1222/KH-BCĐ ngày 27 tháng 4 năm 2022 của Ban Chỉ đạo "
     "Phòng, chống tội phạm tỉnh về tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022, Công an xã triển khai.",
     "tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022"),
    # dev (real-blind-12 rat03): what the document says, reported after its name, is not its title
    ("dev-rat03-what-it-states-is-no-title", "Ngày 18/4/1946, Bộ Nội vụ ban hành Nghị định số 121/NgĐ về tổ chức Việt "
     "Nam Công an vụ, có ghi nhiệm vụ là: giữ gìn trật tự.", "tổ chức Việt Nam Công an vụ"),
    # dev (real-blind-15 rfb01): the quoted name of a document the title names is part of the title
    ("dev-rfb01-quoted-name-of-a-named-document", "Kết luận số 44-KL/TW, ngày 22/01/2019 của Ban Bí thư về việc tiếp tục "
     "đẩy mạnh thực hiện Chỉ thị số 09-CT/TW về “Tăng cường sự lãnh đạo của Đảng trong tình hình mới”; Hướng dẫn số 22.",
     'tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW về "Tăng cường sự lãnh đạo của Đảng trong tình hình mới"'),
    ("written-issuer-with-another-comma-gives-no-title", "Theo Kế hoạch số 12/KH-UBND của UBND tỉnh, huyện về việc "
     "tuần tra, các đơn vị triển khai.", None),
    # Written: the same, and its limit (after a plain "về" a purpose opens the main clause).
    ("subject-line-keeps-nham", "Công văn số 15/CAT-PV01 về việc tăng cường tuần tra nhằm bảo đảm an toàn dịp Tết.",
     "tăng cường tuần tra nhằm bảo đảm an toàn dịp Tết"),
    ("subject-line-still-ends-at-main-clause", "Công văn số 15/CAT-PV01 về việc tăng cường tuần tra để bảo đảm an "
     "toàn đã được gửi các đơn vị.", "tăng cường tuần tra để bảo đảm an toàn"),
    ("plain-ve-purpose-opens-main-clause", "Kế hoạch số 05/KH-CAH về phòng, chống tội phạm để các đơn vị triển khai.",
     "phòng, chống tội phạm"),
    ("time-frame-of-a-nested-document", "Kế hoạch số 15/KH-UBND về việc thực hiện Chỉ thị số 46-CT/TW về bảo đảm an "
     "ninh, trật tự trong tình hình mới trên địa bàn tỉnh.",
     "thực hiện Chỉ thị số 46-CT/TW về bảo đảm an ninh, trật tự trong tình hình mới trên địa bàn tỉnh"),
    # dev (real-blind-18 ric01): a quoted name that opens with "Về việc", after the issuer phrase
    ("dev-ric01-quoted-name-opens-with-ve-viec", "Thực hiện Chỉ thị số 01 của Thủ tướng Chính phủ “Về việc tổ chức phong "
     "trào toàn dân tham gia bảo vệ an ninh biên giới”. Trên cơ sở đó, đồn đã làm tốt.",
     "tổ chức phong trào toàn dân tham gia bảo vệ an ninh biên giới"),
    ("written-quoted-name-opens-with-ve-right-after-the-symbol", "Thực hiện Chỉ thị số 01 “Về tăng cường tuần tra”. Đồn "
     "đã làm tốt.", "tăng cường tuần tra"),
]


@pytest.mark.parametrize("text,title", [pytest.param(*c[1:], id=c[0]) for c in TITLES])
def test_title(text, title):
    assert programs(text).programs[0].title == title


def test_title_belongs_to_the_nearest_document():
    text = ("Chương trình hành động số 22-Ctr/ĐUCA-V28 ngày 14/8/2013 của Đảng ủy Công an Trung ương thực hiện "
            "Nghị quyết số 25-NQ/TW, ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (Khóa XI) về \"Tăng cường công "
            "tác dân vận\".")
    p22, p25 = programs(text).programs
    assert (p22.title, p22.issued) == (None, "2013-08-14")
    assert (p25.title, p25.issued) == ("Tăng cường công tác dân vận", "2013-06-03")


def test_spans_index_the_source():
    source = "Thực hiện Chương trình phối hợp số 38- Ctr/BDVTW\u00a0– BCA, ngày 15/6/2016 về \u201cPhối hợp\u201d."
    record = programs(source)
    m = record.programs[0].mentions[0]
    assert source[m.start:m.end] == m.text == "Chương trình phối hợp số 38- Ctr/BDVTW\u00a0– BCA"


@pytest.mark.parametrize("number,tail,code", [
    pytest.param("38", "- Ctr/BDVTW - BCA", "38-Ctr/BDVTW-BCA", id="spaced"),
    pytest.param("09", " - một chương trình", None, id="spaced-word"),
    pytest.param("09", "-2013", None, id="no-slash"),
    pytest.param("06", "/2020/QĐ-TTg, ngày", "06/2020/QĐ-TTg", id="year"),
])
def test_canonical_code(number, tail, code):
    assert canonical_code(number, tail) == code


@pytest.mark.parametrize("code,kind", [
    pytest.param("12/KH-UBND", "kế hoạch", id="kh"), pytest.param("25-NQ/TW", "nghị quyết", id="nq"),
    pytest.param("06/2020/QĐ-TTg", "quyết định", id="year-then-qd"), pytest.param("2895/UBND-NC", None, id="cong-van"),
])
def test_kind_from_code(code, kind):
    assert kind_from_code(code) == kind


@pytest.mark.parametrize("text,value", [
    pytest.param("ngày 1/8/2013", "2013-08-01", id="slash"), pytest.param("ngày 15.5.2016", "2016-05-15", id="dot"),
    pytest.param("ngày 6 tháng 6 năm 2023", "2023-06-06", id="words"), pytest.param("ngày 1/8", None, id="no-year"),
    pytest.param("ngày 31/2/2023", None, id="impossible"),
])
def test_parse_date(text, value):
    found = parse_date(text)
    assert (found[0] if found else None) == value

