#include "verifypage.h"

#include "core/licencetoken.h"
#include "core/masking.h"

#include <QDateTime>
#include <QStringList>

namespace OneSeal {
namespace {

/// Everything that reaches the page from the register or the request goes through here: names,
/// fields and the serial typed into the address are text, never markup.
QString esc(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

QString chineseDate(const QDate& date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

/// An instant of the register (UTC) as the date it was in China.
QString chineseDateOf(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs); // "…Z": UTC
    if (!at.isValid())
        return {};
    return chineseDate(at.toOffsetFromUtc(8 * 3600).date());
}

/// The licence fields the public may see, with the label the printed licence gives them. Fields not
/// listed here (the supervisors' and signatory's names, anything a future template adds) stay off
/// the page until someone decides they are public.
struct PublicField
{
    const char16_t* key;
    const char16_t* label;
    bool personal; ///< a natural person's name: masked
};

constexpr PublicField kPublicFields[] = {
    {u"entity_type", u"类型", false},
    {u"legal_representative", u"法定代表人（负责人）", true},
    {u"address", u"住所", false},
    {u"premises", u"经营场所", false},
    {u"business_type", u"主体业态", false},
    {u"business_scope", u"经营项目", false},
    {u"licensed_activities", u"许可项目", false},
    {u"registered_capital", u"注册资本", false},
    {u"established_on", u"成立日期", false},
    {u"business_term", u"营业期限", false},
    {u"supervising_agency", u"日常监督管理机构", false},
};

QString stateClass(VerifyPage::State state)
{
    switch (state) {
    case VerifyPage::State::Valid: return QStringLiteral("ok");
    case VerifyPage::State::Expired:
    case VerifyPage::State::Superseded: return QStringLiteral("warn");
    default: return QStringLiteral("bad");
    }
}

QString explanation(VerifyPage::State state, const QString& serial)
{
    switch (state) {
    case VerifyPage::State::Valid:
        return QStringLiteral("登记册中该证书有效。请核对纸质证书上的内容与本页一致。");
    case VerifyPage::State::Superseded:
        return QStringLiteral("该纸质证书已由重新打印的证书取代，此件不再有效。");
    case VerifyPage::State::Void: return QStringLiteral("该证书已作废，不再有效。");
    case VerifyPage::State::Revoked: return QStringLiteral("该证书已被发证机关撤销，不再有效。");
    case VerifyPage::State::Expired: return QStringLiteral("该证书已超过有效期限。");
    case VerifyPage::State::NotFound:
        return QStringLiteral("登记册中没有编号为 %1 的证书。请核对编号；刚发出的证书可能尚未同步到登记册。")
            .arg(esc(serial));
    }
    return {};
}

const char kStyle[] = R"css(
body{margin:0;padding:12px;background:#f2f2f2;color:#1a1a1a;font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Droid Sans Fallback",sans-serif;font-size:20px;line-height:1.6;-webkit-text-size-adjust:100%}
main{max-width:40rem;margin:0 auto;background:#fff;padding:16px 20px;border-radius:8px}
h1{font-size:1.4rem;margin:0 0 4px}
.serial{margin:0;color:#5a5a5a;font-size:1rem}#serial{color:#1a1a1a;font-size:1.2rem;font-weight:bold;word-break:break-all}
.status{font-size:2rem;font-weight:bold;text-align:center;padding:14px 8px;margin:14px 0 6px;border-radius:8px}
.ok{background:#e3f3e6;color:#17602d}.warn{background:#fff1dc;color:#7d4500}.bad{background:#fde6e4;color:#9f1010}
.note{margin:6px 0 14px}
dl{margin:0}dt{color:#5a5a5a;font-size:1rem;margin-top:12px}dd{margin:0;font-size:1.1rem;word-break:break-all}
footer{margin-top:18px;font-size:0.85rem;color:#5a5a5a}
)css";

QByteArray page(const QString& title, const QString& body)
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                        "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                                        "<meta name=\"referrer\" content=\"no-referrer\">\n<title>") +
                         esc(title) + QStringLiteral("</title>\n<style>") + QString::fromLatin1(kStyle) +
                         QStringLiteral("</style>\n</head>\n<body>\n<main>\n") + body +
                         QStringLiteral("<footer>本页由行政审批局证照登记册生成，仅供核验。个人信息已作遮蔽处理。"
                                        "</footer>\n</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

QString row(const QString& id, const QString& label, const QString& value)
{
    return QStringLiteral("<dt>") + esc(label) + QStringLiteral("</dt><dd id=\"") + id + QStringLiteral("\">") +
           esc(value) + QStringLiteral("</dd>\n");
}

/// What the scanned code says about this licence: genuine and of which print, or forged.
struct CodeResult
{
    VerifyPage::CodeCheck check = VerifyPage::CodeCheck::None;
    int printNumber = 0;
    QString reason;
};

CodeResult checkCode(const RegisteredLicence& licence, const QString& code)
{
    CodeResult result;
    if (code.trimmed().isEmpty())
        return result;
    result.check = VerifyPage::CodeCheck::Forged;
    const auto opened = LicenceToken::open(code);
    if (!opened) {
        result.reason = QStringLiteral("二维码内容无法识读。");
        return result;
    }
    const auto key = licence.sealKeys.constFind(QString::fromLatin1(opened->keyId.toHex()));
    if (key == licence.sealKeys.cend()) {
        result.reason = QStringLiteral("二维码不是用该证书印章的密钥签发的。");
        return result;
    }
    const auto claims = LicenceToken::verify(*opened, *key);
    if (!claims) {
        result.reason = QStringLiteral("二维码签名无效。");
        return result;
    }
    if (claims->serial != licence.serial || claims->issuer != licence.sealCode) {
        result.reason = QStringLiteral("二维码所载证书编号与本证书不符。");
        return result;
    }
    for (const RegisteredLicence::Print& print : licence.prints) {
        if (print.number == claims->printNumber &&
            print.recordHash == QString::fromLatin1(claims->recordHash.toHex())) {
            result.check = VerifyPage::CodeCheck::Genuine;
            result.printNumber = print.number;
            return result;
        }
    }
    result.reason = QStringLiteral("二维码与登记册中的打印记录不符。");
    return result;
}

VerifyPage::State stateOf(const RegisteredLicence& licence, const CodeResult& code, QDate today)
{
    if (licence.status == u"void")
        return VerifyPage::State::Void;
    if (licence.status == u"revoked")
        return VerifyPage::State::Revoked;
    if (code.check == VerifyPage::CodeCheck::Genuine) {
        for (const RegisteredLicence::Print& print : licence.prints) {
            // A failed print job never issued a sheet; a later successful print replaces this one.
            if (print.number == code.printNumber && !print.succeeded)
                return VerifyPage::State::Void;
            if (print.number > code.printNumber && print.succeeded)
                return VerifyPage::State::Superseded;
        }
    }
    if (licence.validUntil.isValid() && licence.validUntil < today)
        return VerifyPage::State::Expired;
    return VerifyPage::State::Valid;
}

} // namespace

QString VerifyPage::stateText(State state)
{
    switch (state) {
    case State::Valid: return QStringLiteral("有效");
    case State::Superseded: return QStringLiteral("已被新打印件取代");
    case State::Void: return QStringLiteral("已作废");
    case State::Revoked: return QStringLiteral("已撤销");
    case State::Expired: return QStringLiteral("已过期");
    case State::NotFound: return QStringLiteral("未找到");
    }
    return {};
}

QString VerifyPage::maskName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // By code point, so that a name starting with a character outside the BMP (𠮷) stays whole.
    const QList<uint> points = trimmed.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), 1) +
           QString(points.size() - 1, u'*');
}

VerifyPage::Answer VerifyPage::render(const QString& serial, const std::optional<RegisteredLicence>& licence,
                                      const QString& code, QDate today)
{
    Answer answer;
    // What the reader typed is echoed, escaped and bounded: the page is no mirror for long text.
    const QString shown = serial.left(64);
    if (!licence) {
        answer.httpStatus = 404;
        answer.state = State::NotFound;
        const QString body = QStringLiteral("<h1>许可证核验</h1>\n<p class=\"serial\">证书编号<br><span id=\"serial\">") +
                             esc(shown) + QStringLiteral("</span></p>\n<p id=\"status\" class=\"status bad\">") +
                             stateText(State::NotFound) + QStringLiteral("</p>\n<p class=\"note\">") +
                             explanation(State::NotFound, shown) + QStringLiteral("</p>\n");
        answer.html = page(QStringLiteral("许可证核验：未找到"), body);
        return answer;
    }
    const RegisteredLicence& l = *licence;
    const CodeResult scanned = checkCode(l, code);
    answer.code = scanned.check;
    answer.state = stateOf(l, scanned, today);

    QString body = QStringLiteral("<h1>许可证核验</h1>\n<p class=\"serial\">证书编号<br><span id=\"serial\">") +
                   esc(l.serial) + QStringLiteral("</span></p>\n");
    if (scanned.check == CodeCheck::Forged) {
        // A code that does not verify is the news, whatever the register says about the serial.
        body += QStringLiteral("<p id=\"status\" class=\"status bad\">二维码无效</p>\n<p class=\"note\" "
                               "id=\"code-check\">") +
                esc(scanned.reason) +
                QStringLiteral("该纸质证书可能系伪造，请向发证机关核实。登记册中该编号证书的状态为：") +
                stateText(answer.state) + QStringLiteral("。</p>\n");
    } else {
        body += QStringLiteral("<p id=\"status\" class=\"status ") + stateClass(answer.state) +
                QStringLiteral("\">") + stateText(answer.state) + QStringLiteral("</p>\n<p class=\"note\">") +
                explanation(answer.state, l.serial) + QStringLiteral("</p>\n");
        if (scanned.check == CodeCheck::Genuine)
            body += QStringLiteral("<p class=\"note\" id=\"code-check\">二维码签名核验通过（第%1次打印件）。</p>\n")
                        .arg(scanned.printNumber);
    }

    // Only an organisation's name is public (企业信息公示); a holder of unknown kind is masked like a person.
    const bool person = l.holderKind != u"organisation";
    body += QStringLiteral("<dl>\n");
    body += row(QStringLiteral("item"), QStringLiteral("许可事项"), l.itemName);
    body += row(QStringLiteral("holder"), QStringLiteral("持证者"), person ? maskName(l.holderName) : l.holderName);
    body += row(QStringLiteral("identifier"), person ? QStringLiteral("身份证件号码") : QStringLiteral("统一社会信用代码"),
                maskIdentifier(l.holderIdentifier));
    for (const PublicField& field : kPublicFields) {
        const QString key = QString::fromUtf16(field.key);
        const QString value = l.fields.value(key).toString().trimmed();
        // A natural person's address is theirs, not the business's.
        if (value.isEmpty() || (person && key == u"address"))
            continue;
        body += row(QStringLiteral("f-") + key, QString::fromUtf16(field.label),
                    field.personal ? maskName(value) : value);
    }
    body += row(QStringLiteral("agency"), QStringLiteral("发证机关"), l.agency);
    body += row(QStringLiteral("seal"), QStringLiteral("印章"), l.sealName);
    body += row(QStringLiteral("issued"), QStringLiteral("发证日期"), chineseDate(l.issuedOn));
    body += row(QStringLiteral("valid-until"), QStringLiteral("有效期至"),
                l.validUntil.isValid() ? chineseDate(l.validUntil) : QStringLiteral("长期"));
    if (l.status == u"void" || l.status == u"revoked")
        body += row(QStringLiteral("status-on"), l.status == u"void" ? QStringLiteral("作废日期")
                                                                    : QStringLiteral("撤销日期"),
                    chineseDateOf(l.statusAt));
    body += QStringLiteral("</dl>\n");
    answer.html = page(QStringLiteral("许可证核验：") + stateText(answer.state), body);
    return answer;
}

QByteArray VerifyPage::unavailable()
{
    return page(QStringLiteral("许可证核验：暂不可用"),
                QStringLiteral("<h1>许可证核验</h1>\n<p id=\"status\" class=\"status warn\">暂不可用</p>\n"
                               "<p class=\"note\">登记册暂时无法读取，请稍后再试。</p>\n"));
}

} // namespace OneSeal
