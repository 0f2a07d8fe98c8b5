#include "cli.h"
#include "print/documentrenderer.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <ZXing/ReadBarcode.h>
#include <cstdio>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kLicenceSynopsis = QStringLiteral(
    "onesealctl licence issue   --db FILE --user KEEPER --case CASE --seal CODE [--valid-until YYYY-MM-DD] "
    "[--fields FIELDS.json]\n"
    "onesealctl licence preview --db FILE --user KEEPER --serial SERIAL --out PREVIEW.pdf\n"
    "onesealctl licence print   --db FILE --user KEEPER --serial SERIAL --out LICENCE.pdf [--printer NAME] "
    "[--copies N] [--stock NO] [--offset-x MM --offset-y MM]\n"
    "onesealctl licence reprint --db FILE --user KEEPER --serial SERIAL --out LICENCE.pdf --reason TEXT "
    "--second USER [--stock NO]   (the second person's password on stdin)\n"
    "onesealctl licence void    --db FILE --user KEEPER --serial SERIAL --reason TEXT --second USER   "
    "(password on stdin)\n"
    "onesealctl licence spoil   --db FILE --user KEEPER --stock NO --reason TEXT [--serial SERIAL]\n"
    "onesealctl licence revoke  --db FILE --user APPROVER --serial SERIAL --reason TEXT\n"
    "onesealctl licence sheets  --db FILE --user KEEPER [--window CODE]\n"
    "onesealctl licence handover --db FILE --user U --serial SERIAL");

/// The second person types their password; it is read from standard input, never from the command line,
/// where every user of the machine could read it in the process list.
SecondPerson secondPerson(Arguments& args)
{
    SecondPerson second;
    second.username = args.option(QStringLiteral("--second"));
    if (!second.username.isEmpty()) {
        QTextStream in(stdin);
        second.password = in.readLine();
    }
    return second;
}

/// The licence as a PDF: rendering is the print job, so a failure here is recorded as a failed print.
LicenceService::Renderer pdfRenderer(const QString& path, const RenderOptions& options = {})
{
    return [path, options](const LicencePrintJob& job) -> Status {
        const auto layout = DocumentRenderer::load(job.templateName);
        if (!layout)
            return layout.error();
        return DocumentRenderer::renderPdf(*layout, job.fields, path, options);
    };
}

/// 套打 onto pre-printed stock: the printer's calibration offsets in millimetres (from its calibration page).
Result<RenderOptions> overlayOptions(Arguments& args)
{
    RenderOptions options;
    const QString x = args.option(QStringLiteral("--offset-x"));
    const QString y = args.option(QStringLiteral("--offset-y"));
    bool okX = true;
    bool okY = true;
    options.offsetMm = QPointF(x.isEmpty() ? 0 : x.toDouble(&okX), y.isEmpty() ? 0 : y.toDouble(&okY));
    if (!okX || !okY || qAbs(options.offsetMm.x()) > 20 || qAbs(options.offsetMm.y()) > 20)
        return makeError(QStringLiteral("cli.offset"),
                         Text::tr("--offset-x and --offset-y are millimetres between -20 and 20, like 1.5 or -0.8."));
    return options;
}

struct Opened
{
    std::unique_ptr<Services> services;
    Session session;
};

Result<Opened> openAs(const QString& dbPath, const QString& user, OpenMode mode = OpenMode::ReadWrite)
{
    auto services = Services::open(dbPath, mode);
    if (!services)
        return services.error();
    // The operator of the command line acts for the named user; the journal records that user.
    auto session = (*services)->accounts().sessionFor(user);
    if (!session)
        return session.error();
    return Opened{std::move(services).value(), *session};
}

int printCommand(Arguments& args, const QString& dbPath, const QString& user, bool reprint)
{
    const QString serial = args.option(QStringLiteral("--serial"));
    const QString out = args.option(QStringLiteral("--out"));
    const QString reason = args.option(QStringLiteral("--reason"));
    LicencePrintRequest request;
    request.serial = serial;
    request.printer = args.option(QStringLiteral("--printer"));
    request.stockNumber = args.option(QStringLiteral("--stock"));
    const QString copies = args.option(QStringLiteral("--copies"));
    request.copies = copies.isEmpty() ? 1 : copies.toInt();
    if (serial.isEmpty() || out.isEmpty())
        return usage(Text::tr("licence print and reprint need --serial and --out"), kLicenceSynopsis);
    const auto options = overlayOptions(args);
    if (!options)
        return usage(options.error().message, kLicenceSynopsis);
    if (request.printer.isEmpty())
        request.printer = QStringLiteral("PDF:") + QFileInfo(out).absoluteFilePath();
    const SecondPerson second = reprint ? secondPerson(args) : SecondPerson();
    auto opened = openAs(dbPath, user);
    if (!opened)
        return fail(opened.error().message);
    LicenceService& licences = opened->services->licences();
    const auto job = reprint ? licences.reprint(opened->session, request, reason, second, pdfRenderer(out, *options))
                             : licences.print(opened->session, request, pdfRenderer(out, *options));
    if (!job)
        return fail(job.error().message);
    Cli::out() << (reprint ? "reprinted " : "printed ") << job->serial << " #" << job->printNumber << ' ' << out
               << Qt::endl;
    return Ok;
}

/// The text of the first QR code found in @p path, or an error saying why there is none.
Result<QString> decodeImage(const QString& path)
{
    QImage image(path);
    if (image.isNull())
        return makeError(QStringLiteral("verify.image"), Text::tr("Cannot read the image %1.").arg(path));
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return makeError(
            QStringLiteral("verify.no_code"),
            Text::tr("No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.").arg(path));
    return QString::fromStdString(result.text());
}

} // namespace

// onesealctl seal keygen --db FILE --seal CODE --user U
int seal(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl seal keygen --db FILE --seal CODE --user SECURITY_ADMIN");
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString sealCode = args.option(QStringLiteral("--seal"));
    const QString user = args.option(QStringLiteral("--user"));
    if (args.positional() != QStringList{QStringLiteral("keygen")} || dbPath.isEmpty() || sealCode.isEmpty() ||
        user.isEmpty())
        return usage(Text::tr("say keygen, with --db, --seal and --user"), synopsis);
    auto opened = openAs(dbPath, user);
    if (!opened)
        return fail(opened.error().message);
    const auto keyId = opened->services->licences().generateSealKey(opened->session, sealCode);
    if (!keyId)
        return fail(keyId.error().message);
    out() << Text::tr("key %1 of seal %2 is in this workstation's keychain; its public key is in the seal registry")
                 .arg(*keyId, sealCode)
          << Qt::endl;
    return Ok;
}

// onesealctl licence issue|print|reprint|void|spoil|revoke …
int licence(Arguments& args)
{
    const QString action = args.positional().value(0);
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString user = args.option(QStringLiteral("--user"));
    if (action.isEmpty() || dbPath.isEmpty() || user.isEmpty())
        return usage(
            Text::tr("say issue, preview, print, reprint, void, spoil, revoke, sheets or handover, with --db and --user"),
            kLicenceSynopsis);

    if (action == u"print" || action == u"reprint")
        return printCommand(args, dbPath, user, action == u"reprint");

    if (action == u"preview") {
        const QString serial = args.option(QStringLiteral("--serial"));
        const QString out = args.option(QStringLiteral("--out"));
        if (serial.isEmpty() || out.isEmpty())
            return usage(Text::tr("licence preview needs --serial and --out"), kLicenceSynopsis);
        auto opened = openAs(dbPath, user, OpenMode::ReadOnly);
        if (!opened)
            return fail(opened.error().message);
        const auto job = opened->services->licences().preview(opened->session, serial);
        if (!job)
            return fail(job.error().message);
        RenderOptions options;
        options.draft = true;
        if (Status s = pdfRenderer(out, options)(*job); !s)
            return fail(s.error().message);
        Cli::out() << "preview " << job->serial << " #" << job->printNumber << ' ' << out << Qt::endl;
        return Ok;
    }

    if (action == u"issue") {
        LicenceIssueRequest request;
        request.caseNumber = args.option(QStringLiteral("--case"));
        request.sealCode = args.option(QStringLiteral("--seal"));
        const QString validUntil = args.option(QStringLiteral("--valid-until"));
        const QString fieldsFile = args.option(QStringLiteral("--fields"));
        if (request.caseNumber.isEmpty() || request.sealCode.isEmpty())
            return usage(Text::tr("licence issue needs --case and --seal"), kLicenceSynopsis);
        if (!validUntil.isEmpty()) {
            request.validUntil = QDate::fromString(validUntil, Qt::ISODate);
            if (!request.validUntil.isValid())
                return usage(Text::tr("--valid-until must be a date like 2031-11-27"), kLicenceSynopsis);
        }
        if (!fieldsFile.isEmpty()) {
            QFile file(fieldsFile);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Text::tr("Cannot read %1: %2.").arg(fieldsFile, file.errorString()));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (!doc.isObject())
                return fail(Text::tr("%1 is not a JSON object: %2.").arg(fieldsFile, error.errorString()));
            request.fields = doc.object();
        }
        auto opened = openAs(dbPath, user);
        if (!opened)
            return fail(opened.error().message);
        LicenceService& licences = opened->services->licences();
        const auto templateName = licences.resultTemplateFor(request.caseNumber);
        if (!templateName)
            return fail(templateName.error().message);
        const auto layout = DocumentRenderer::load(*templateName);
        if (!layout)
            return fail(Text::tr("The item's result is printed on \"%1\", which is no template here: %2")
                            .arg(*templateName, layout.error().message));
        request.templateName = layout->name;
        request.templateVersion = layout->version;
        const auto issued = licences.issue(opened->session, request);
        if (!issued)
            return fail(issued.error().message);
        out() << "issued " << issued->serial << Qt::endl;
        return Ok;
    }

    const QString serial = args.option(QStringLiteral("--serial"));
    const QString reason = args.option(QStringLiteral("--reason"));
    if (action == u"void") {
        if (serial.isEmpty())
            return usage(Text::tr("licence void needs --serial"), kLicenceSynopsis);
        const SecondPerson second = secondPerson(args);
        auto opened = openAs(dbPath, user);
        if (!opened)
            return fail(opened.error().message);
        if (Status s = opened->services->licences().voidLicence(opened->session, serial, reason, second); !s)
            return fail(s.error().message);
        out() << "void " << serial << Qt::endl;
        return Ok;
    }
    if (action == u"handover") {
        if (serial.isEmpty())
            return usage(Text::tr("licence handover needs --serial"), kLicenceSynopsis);
        auto opened = openAs(dbPath, user);
        if (!opened)
            return fail(opened.error().message);
        const auto handed = opened->services->licences().handOver(opened->session, serial);
        if (!handed)
            return fail(handed.error().message);
        out() << "handed over " << handed->serial << " (" << handed->caseNumber << ")" << Qt::endl;
        return Ok;
    }
    if (action == u"revoke") {
        if (serial.isEmpty())
            return usage(Text::tr("licence revoke needs --serial"), kLicenceSynopsis);
        auto opened = openAs(dbPath, user);
        if (!opened)
            return fail(opened.error().message);
        if (Status s = opened->services->licences().revoke(opened->session, serial, reason); !s)
            return fail(s.error().message);
        out() << "revoked " << serial << Qt::endl;
        return Ok;
    }
    if (action == u"spoil") {
        const QString stock = args.option(QStringLiteral("--stock"));
        if (stock.isEmpty())
            return usage(Text::tr("licence spoil needs --stock"), kLicenceSynopsis);
        auto opened = openAs(dbPath, user);
        if (!opened)
            return fail(opened.error().message);
        if (Status s = opened->services->licences().recordSpoiledSheet(opened->session, stock, reason, serial); !s)
            return fail(s.error().message);
        out() << "spoiled " << stock << Qt::endl;
        return Ok;
    }
    if (action == u"sheets") {
        const QString windowCode = args.option(QStringLiteral("--window"));
        auto opened = openAs(dbPath, user, OpenMode::ReadOnly);
        if (!opened)
            return fail(opened.error().message);
        const auto sheets = opened->services->licences().sheets(opened->session, windowCode);
        if (!sheets)
            return fail(sheets.error().message);
        QMap<QString, int> totals;
        for (const SheetUse& sheet : *sheets) {
            out() << sheet.stockNumber << '\t' << sheet.use << '\t' << sheet.serial;
            if (sheet.printNumber > 0)
                out() << " #" << sheet.printNumber;
            out() << '\t' << sheet.at << Qt::endl;
            totals[sheet.use] += 1;
        }
        out() << "printed " << totals.value(QStringLiteral("printed")) << ", failed "
              << totals.value(QStringLiteral("failed")) << ", spoiled " << totals.value(QStringLiteral("spoiled"))
              << ", sheets " << sheets->size() << Qt::endl;
        return Ok;
    }
    return usage(Text::tr("unknown licence action \"%1\"").arg(action), kLicenceSynopsis);
}

// onesealctl verify --db FILE --qr-text TEXT | --image SCAN.png
int verify(Arguments& args)
{
    const QString synopsis =
        QStringLiteral("onesealctl verify --db FILE --qr-text TEXT | onesealctl verify --db FILE --image SCAN.png");
    const QString dbPath = args.option(QStringLiteral("--db"));
    QString text = args.option(QStringLiteral("--qr-text"));
    const QString image = args.option(QStringLiteral("--image"));
    if (dbPath.isEmpty() || text.isEmpty() == image.isEmpty())
        return usage(Text::tr("verify needs --db and one of --qr-text or --image"), synopsis);
    if (!image.isEmpty()) {
        const auto decoded = decodeImage(image);
        if (!decoded)
            return fail(decoded.error().message);
        text = *decoded;
    }
    auto services = Services::open(dbPath, OpenMode::ReadOnly);
    if (!services)
        return fail(services.error().message);
    const LicenceVerification v = (*services)->licences().verify(text);
    // Standard output carries the verdict alone, for scripts; the particulars go to standard error for people.
    if (!v.genuine) {
        out() << "forged" << Qt::endl;
        err() << v.reason << Qt::endl;
        return Failed;
    }
    out() << "genuine " << v.state << Qt::endl;
    err() << Text::tr("%1 print %2 · %3 · %4 · %5 · issued %6 by %7")
                 .arg(v.claims.serial)
                 .arg(v.claims.printNumber)
                 .arg(v.claims.item, v.claims.holderName, v.claims.holderIdMasked,
                      v.claims.issuedOn.toString(Qt::ISODate), v.claims.issuer)
          << Qt::endl;
    if (!v.reason.isEmpty())
        err() << v.reason << Qt::endl;
    return v.state == LicenceState::Valid ? Ok : Failed;
}

} // namespace OneSeal::Cli
