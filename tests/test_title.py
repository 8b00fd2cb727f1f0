"""The title field (GUIDELINES: title): the page's first heading line, or None — cases by origin."""
import pytest

from antq_extract import process_text

_LEAD = ("(ABO) Trên địa bàn 2 huyện, lực lượng Công an vừa bắt quả tang 2 đối tượng tàng trữ "
         "trái phép chất ma túy để sử dụng.")
_BODY = "Theo thông tin ban đầu, vào khoảng 18 giờ 30 phút, ngày 5-8, Công an huyện bắt quả tang một vụ."
_HEAD = "Bắt giữ 2 đối tượng tàng trữ trái phép chất ma túy"

# (text, title)
CASES = [
    # written
    pytest.param(f"{_HEAD}\n\n{_LEAD}", _HEAD, id="headline-blank-line-lead"),
    pytest.param(f"{_LEAD}\n{_BODY}", None, id="no-headline-stored"),
    pytest.param(f"Chiều 5/8, Công an huyện bắt quả tang 2 đối tượng\n{_LEAD}", None,
                 id="dateline-lead-is-no-headline"),
    pytest.param(f"Đối tượng bị bắt tại hiện trường (Ảnh minh họa) |\n{_LEAD}", None, id="photo-caption-cell"),
    pytest.param(f"{_HEAD}\nCông an huyện\n\n{_LEAD}", None, id="short-second-line-is-not-a-lead"),
    # written (issue 10, the headers of portal templates): the headline above the posting stamp
    pytest.param(f"Trang chủ\nTin tức\nAn ninh trật tự\n{_HEAD}\nThứ Ba, 12/03/2024, 07:45 (GMT+7)\n{_LEAD}", _HEAD,
                 id="menu-lines-above-the-headline"),
    pytest.param(f"Xem với cỡ chữ\nĐọc bài viết\n{_HEAD}\nCập nhật: 10:15 | 05/01/2024\nLượt xem: 1.207\n{_LEAD}",
                 _HEAD, id="widget-lines-above-the-headline"),
    pytest.param(f"CÔNG AN TỈNH BÌNH ĐỊNH\nThứ Tư, 13/03/2024\nTrang chủ | Giới thiệu | Tin tức\n{_HEAD}\n"
                 f"Ngày đăng: 12/03/2024 | Lượt xem: 235\n{_LEAD}", _HEAD, id="site-name-and-banner-above"),
    pytest.param(f"Thời sự\nPháp luật\nThứ năm, 21/3/2024, 09:41 (GMT+7)\n{_HEAD}\n{_LEAD}", _HEAD,
                 id="stamp-over-the-headline"),
    pytest.param(f"{_HEAD}\n\nNgày 15/12/2023, Công an tỉnh tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an "
                 f"ninh Tổ quốc năm 2023 với nhiều đại biểu.\n\nHội nghị tổng kết phong trào năm 2023\n\n{_BODY}", _HEAD,
                 id="dated-lead-is-no-stamp"),
    pytest.param(f"Trang chủ\nTin tức\nNguyễn Văn An\n21/04/2022 09:12\n{_LEAD}", None,
                 id="author-above-the-stamp-is-no-headline"),
    # dev (real-dev rb01, real-blind-3 rf03/rg06): the lead glued under the headline, no blank line
    pytest.param(f"{_HEAD}\n{_LEAD}\n{_BODY}", _HEAD, id="dev-lead-glued-under-the-headline"),
    # dev (real-blind ra04): bare separator lines before the headline
    pytest.param(f"|\nA- A A+ |\n\n{_HEAD}\n\n{_LEAD}", _HEAD, id="dev-separator-lines-above"),
    # dev (real-blind-3 ri03): a byline stamp under the headline
    pytest.param(f"{_HEAD}\nTây Bắc - Dương Khánh - 30/07/2025 11:27\n{_LEAD}", _HEAD, id="dev-byline-stamp-below"),
    # dev (real-blind-4 rj09, after its first score): a print view's site name and address above
    pytest.param(f"CÔNG AN TỈNH HẬU GIANG\n\nhttp://conganhaugiang.gov.vn\n\n\n{_HEAD}\n\n{_LEAD}", _HEAD,
                 id="dev-rj09-site-name-and-address-above"),
    # dev (real-blind ra02): a quoted name with a full stop closes a short headline
    pytest.param(f"UBND xã tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc 2023”.\n\n{_LEAD}",
                 "UBND xã tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc 2023”.", id="dev-quote-and-stop"),
    pytest.param("UBND xã Yên Trường- Ban chỉ đạo ANTT: Tổ chức “Ngày hội Toàn dân bảo vệ an ninh tổ quốc 2023”."
                 f"\n\n{_LEAD}", "UBND xã Yên Trường- Ban chỉ đạo ANTT: Tổ chức “Ngày hội Toàn dân bảo vệ an ninh "
                 "tổ quốc 2023”.", id="dev-ra02-unspaced-dash-read-as-a-lead",
                 marks=pytest.mark.xfail(strict=True, reason="'Yên Trường- ' reads as a byline lead ('TP - ')")),
    # dev (real-blind-4 rj03/rj07, real-blind-5 rw01/rw05-rw07): antv.gov.vn's header — the site's
    # clock, menu bullets, contact lines, its motto and section labels — over the headline
    pytest.param(f"Thứ Tư, 21/01/2026 12:16 GMT+7\n  • ANTV\n  • Hotline: 0692324026\n  • Email: news@antv.gov.vn\n\n"
                 f"Nhân Văn - Tin Cậy - Kịp Thời - Hấp dẫn\n\nSự kiện\n\nChính trị\n\n{_HEAD}\n\n{_LEAD}", _HEAD,
                 id="dev-antv-header-motto-and-sections"),
    # dev (real-blind-5 rz04): a clock line with a two-digit year and a weather widget over the headline
    pytest.param(f"Thứ bảy, 7-2-26 14:42:35\nCà Mau, 32°C/ 32°C - 33°C Icon thời tiết nắng\nTheo dõi Báo điện tử Cà "
                 f"Mau trên\n\n{_HEAD}\n\nBáo Cà Mau\n\n{_LEAD}", _HEAD, id="dev-clock-line-and-weather-widget"),
]


@pytest.mark.parametrize("text,title", CASES)
def test_title(text, title):
    assert process_text(text).title == title
