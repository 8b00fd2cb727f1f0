"""Page furniture (text/chrome.py): how a pattern of rules/chrome.yaml is tried on a line — cases
written for the speed work of issue 11 (a pattern anchored at the line's start is tried there
alone: the marks are the same)."""
import pytest

from antq_extract.text.chrome import _anchored, _compiled

ANCHORED = [
    pytest.param(r"(?im)^[ ]*(?:tin liên quan|tin khác)[ ]*$", True, id="flags-then-caret"),
    pytest.param(r"^[ ]*\d{1,2}:\d{2}[ ]*$", True, id="caret-without-flags"),
    pytest.param(r"(?m)^(?:Print|In bài)\b(?=[ ]+\S)|(?<=\S)[ ]+(?:Gốc|Print)[ ]*$", False, id="top-level-alternative"),
    pytest.param(r"(?im)(?:^[ ]*|(?<=\S)[ ]+)theo dõi", False, id="caret-inside-a-group"),
    pytest.param(r"(?i)\b(?:lượt xem|lượt đọc)\s*:", False, id="no-caret"),
    pytest.param(r"(?m)^[^|\n]+[|][ ]*$", True, id="bar-inside-a-class"),
    pytest.param(r"(?m)^a\|b", True, id="escaped-bar"),
]


@pytest.mark.parametrize("source,expected", ANCHORED)
def test_anchored(source, expected):
    assert _anchored(source) is expected


def test_every_anchored_rule_pattern_matches_only_at_a_line_start():
    """The shipped patterns: an anchored one's search and match agree on lines."""
    lines = ["Tin liên quan", "  Từ khóa: ma túy, biên phòng", "Bài viết liên quan:", "12:05 / 15:20",
             "Xem thêm tin liên quan", "Trang chủ > Tin tức > An ninh", "http://conganhaugiang.gov.vn"]
    for _kind, rx, find in _compiled()[0]:
        if find != rx.match:
            continue
        for line in lines:
            text = "Mở đầu.\n" + line + "\nKết."
            a, b = 8, 8 + len(line)
            m1, m2 = rx.search(text, a, b), rx.match(text, a, b)
            assert (m1 and m1.span()) == (m2 and m2.span()), (rx.pattern, line)


def _chrome_lines(text: str) -> list[str]:
    from antq_extract.article import RawArticle
    from antq_extract.pipeline import read

    article = read(RawArticle(id="t", data=text))
    return [text[a:b].strip() for a, b in article.chrome]


_BODY = ("Ngày 11/12/2019, huyện Tràng Định đã tổ chức Hội nghị sơ kết 01 năm thực hiện quy chế phối "
         "hợp Cụm An ninh liên hoàn khu vực giáp ranh.")
_WELCOME = "Chào mừng đến với Trang thông tin Công an tỉnh Lạng Sơn"

# Lines that are page furniture, by origin (written, dev); each: the page, the furniture line.
FURNITURE = [
    # dev (real-blind-5 rv01, after its first score): a scrolling banner copied several times on one line
    pytest.param(f"{(_WELCOME + ' ' * 17) * 6}Chào mừng đến với Trang th\n\nHội nghị sơ kết\n\n17-12-2019\n\n{_BODY}\n",
                 f"{(_WELCOME + ' ' * 17) * 6}Chào mừng đến với Trang th", id="dev-marquee-line"),
    pytest.param(f"{_WELCOME}\n\nHội nghị sơ kết\n\n{_BODY}\n", _WELCOME, id="welcome-banner"),
    pytest.param(f"Xin chào mừng quý vị đến với Cổng thông tin điện tử Công an tỉnh\n\nHội nghị sơ kết\n\n{_BODY}\n",
                 "Xin chào mừng quý vị đến với Cổng thông tin điện tử Công an tỉnh", id="welcome-banner-polite"),
    # dev (real-blind-11 ram04, ram08, ram10, after its first score): an image's alt text, a comment counter
    pytest.param(f"Hội nghị sơ kết\n\n{_BODY}\nBắt giữ kẻ cướp tiệm vàng ở Thái Nguyên - Ảnh 1.\n{_BODY}\n",
                 "Bắt giữ kẻ cướp tiệm vàng ở Thái Nguyên - Ảnh 1.", id="dev-image-alt-text-with-capital-and-stop"),
    pytest.param(f"Hội nghị sơ kết\n\n{_BODY}\nBình luận\n0 / 500 ký tự\n", "0 / 500 ký tự", id="dev-comment-counter"),
    # dev (real-blind-11 rap05): headlines of other articles after the end mark "./."
    pytest.param(f"Hội nghị sơ kết\n\n{_BODY}\nCác đơn vị tiếp tục triển khai kế hoạch./.\nBắt 20 đối tượng đánh bạc tại quán cà phê\n",
                 "Bắt 20 đối tượng đánh bạc tại quán cà phê", id="dev-lines-after-the-end-mark"),
    # dev (real-blind-12 rau01): a related-news block whose leads are cut off by an ellipsis, one headline asks
    pytest.param(f"Hội nghị sơ kết\n\n{_BODY}\nTin khác\n\nPhiên làm việc chiều 10/12: HĐND thông qua 29 nghị quyết\n\n"
                 "Tiếp tục chương trình Kỳ họp thứ 32 (Kỳ họp thường lệ cuối năm 2025)…\n\n11/12/2025\n\n"
                 "Thế nào là ‘Chính phủ kiến tạo’ trong mắt doanh nghiệp?\n\nVới doanh nghiệp, điều…\n\n10/12/2025\n",
                 "Phiên làm việc chiều 10/12: HĐND thông qua 29 nghị quyết", id="dev-rau01-related-block-with-cut-leads"),
    # dev (real-blind-13 rax02, real-blind-11 ran07): dashed links to other articles opening the page
    pytest.param(f"- Đào hầm bí mật trên đồi vắng để tổ chức \"sới bạc\"\n- Cõng 60.000 viên ma túy tổng hợp qua biên giới\n"
                 f"{_BODY}\n", "- Cõng 60.000 viên ma túy tổng hợp qua biên giới", id="dev-rax02-dashed-links-open-the-page"),
    pytest.param(f"Xuất hiện nhiều điển hình tiên tiến\n- Ghi ở đơn vị dẫn đầu phong trào thi đua\n- Tuyên dương 29 tập thể, "
                 f"72 cá nhân trong Phong trào\n{_BODY}\n", "- Tuyên dương 29 tập thể, 72 cá nhân trong Phong trào",
                 id="dev-ran07-dashed-links-under-the-headline"),
    # dev (real-blind-14 rea01): a broadcaster's closing invitation ends the article; a teaser follows
    pytest.param(f"Hội nghị sơ kết\n\n{_BODY}\n* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình "
                 "Việt Nam trên TV Online!\n\nHội thảo khoa học kỷ niệm 50 năm ngày giải phóng TP Đà Nẵng\n",
                 "Hội thảo khoa học kỷ niệm 50 năm ngày giải phóng TP Đà Nẵng", id="dev-rea01-teaser-after-the-closing-invitation"),
]


@pytest.mark.parametrize("text,line", FURNITURE)
def test_furniture_lines(text, line):
    assert line.strip() in _chrome_lines(text)


def test_a_dashed_list_inside_the_body_is_no_furniture():
    text = (f"Hội nghị sơ kết\n\n{_BODY}\nCác nhiệm vụ trọng tâm gồm:\n- Tăng cường tuần tra kiểm soát\n"
            "- Đẩy mạnh tuyên truyền phòng chống tội phạm\nCác đơn vị triển khai thực hiện nghiêm túc.\n")
    assert "- Tăng cường tuần tra kiểm soát" not in _chrome_lines(text)


def test_a_body_sentence_that_welcomes_is_no_furniture():
    text = ("Hội nghị sơ kết\n\nĐại tá Nguyễn Văn A phát biểu chào mừng các đại biểu đến với hội nghị, "
            "đánh giá cao kết quả phối hợp của các lực lượng trong năm qua.\n")
    assert _chrome_lines(text) == []


def test_a_caption_printed_twice_is_furniture_the_second_time():
    cap = "Đối tượng bị bắt giữ cùng tang vật."
    text = f"Hội nghị sơ kết\n\n{_BODY}\n\n{cap}\n{cap}\n"
    assert _chrome_lines(text) == [cap]


def test_a_lead_printed_twice_is_text_both_times():
    """dev (real-blind-7 ro03): the lead repeated under itself is read twice, like the text it is."""
    lead = ("(VTC News) - Công an huyện Bình Chánh vừa triệt phá đường dây vận chuyển thuốc lá lậu trên tuyến kênh "
            "Rau Răm, tạm giữ gần 70 ngàn gói thuốc lá lậu, bắt giữ hai đối tượng và thu giữ nhiều tang vật.")
    assert _chrome_lines(f"Truy bắt thuốc lá lậu\n\n{lead}\n\n{lead}\n") == []


def test_an_advertisement_label_is_furniture():
    """dev (real-blind-6 rn03): the "Quảng cáo" label of an ad slot is no headline."""
    assert _chrome_lines(f"Quảng cáo\n\n{_BODY}\n") == ["Quảng cáo"]


TEASERS = [
    # dev (real-blind-18 ria02): another story's lead after the byline, cut off where the page ends
    pytest.param("Đồn biên phòng đã bàn giao cho ngành y tế cách ly theo quy định.\n\nNguyễn Cảnh\n\nHôm nay (4/3), đội "
                 "tuyển nữ Việt Nam sẽ có trận ra quân tại Giải vô địch. Đây cũng là vòng loại World Cup 2027. Tại cuộc "
                 "họp báo trước thềm các trận đấu tại Vòng chung kết Giải bóng đá nữ", [], id="dev-ria02-teaser-after-the-byline"),
    pytest.param("Đồn biên phòng đã bàn giao cho ngành y tế cách ly theo quy định.\n\nHôm nay (4/3), đội tuyển nữ Việt Nam "
                 "sẽ có trận ra quân tại Giải vô địch. Đây cũng là vòng loại World Cup 2027. Tại cuộc họp báo trước thềm "
                 "các trận đấu tại Vòng chung kết Giải bóng đá nữ", ["Hôm nay (4/3)"], id="written-no-byline-the-text-goes-on"),
]


@pytest.mark.parametrize("text,dates", TEASERS)
def test_a_teaser_after_the_byline_is_furniture(text, dates):
    from antq_extract.pipeline import process_text

    assert [d.text for d in process_text(text, published="2021-03-05").dates if "2027" not in d.text] == dates
