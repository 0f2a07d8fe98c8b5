#include "adminworkspace.h"
#include "auditpage.h"
#include "cataloguepage.h"
#include "changepassworddialog.h"
#include "importproblemsdialog.h"
#include "itemeditordialog.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "recordeditordialog.h"
#include "services/services.h"
#include "services/setup.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "translators.h"
#include "usereditordialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>
#include <memory>

using namespace OneSeal;

namespace {

/// Words that stay in Latin letters in a Chinese interface: the product's own name where it stands
/// as a name, file formats, and key names.
const QRegularExpression kAllowed(QStringLiteral("OneSeal|PDF|CSV|JSON|ID|QR|Ctrl|Shift"));
/// File paths, file names and file patterns (/tmp/…/demo.db, catalogue.csv, *.json).
const QRegularExpression kPath(QStringLiteral("\\S*[/\\\\*]\\S*|[\\w.-]+\\.[A-Za-z]{2,4}\\b"));
const QRegularExpression kLatinRun(QStringLiteral("[A-Za-z]{2,}"));

struct Finding
{
    QString where;
    QString text;
};

/// Whether @p text shows English: a run of two or more Latin letters once the allowed words, the paths
/// and the mnemonics (&F) are taken out.
bool showsEnglish(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.remove(kPath);
    text.remove(kAllowed);
    return kLatinRun.match(text).hasMatch();
}

QString describe(const QObject* object)
{
    return QStringLiteral("%1 (%2)").arg(object->objectName().isEmpty() ? QStringLiteral("<unnamed>")
                                                                        : object->objectName(),
                                         QString::fromLatin1(object->metaObject()->className()));
}

/// Collects the interface text of @p root and everything in it: titles, labels, buttons, boxes, tabs,
/// menus and actions, placeholders, tool tips, spin box affixes, combo entries and table headers.
/// Data cells are the records' own text and not looked at.
class TextWalker final
{
public:
    void walk(QWidget* root)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : std::as_const(widgets))
            visit(w);
        const QList<QAction*> actions = root->findChildren<QAction*>();
        for (QAction* action : actions) {
            check(action, action->text());
            check(action, action->toolTip());
        }
    }

    int textsSeen() const { return m_seen; }
    const QList<Finding>& findings() const { return m_findings; }

private:
    void check(const QObject* object, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        ++m_seen;
        if (showsEnglish(text))
            m_findings.append({describe(object), text});
    }

    void visit(QWidget* w)
    {
        if (w->isWindow())
            check(w, w->windowTitle());
        check(w, w->toolTip());
        check(w, w->whatsThis());
        if (auto* label = qobject_cast<QLabel*>(w))
            check(w, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            check(w, button->text());
        if (auto* box = qobject_cast<QGroupBox*>(w))
            check(w, box->title());
        if (auto* line = qobject_cast<QLineEdit*>(w))
            check(w, line->placeholderText());
        if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            check(w, spin->prefix());
            check(w, spin->suffix());
        }
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            check(w, spin->specialValueText());
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(w, tabs->tabText(i));
                check(w, tabs->tabToolTip(i));
            }
        }
        if (auto* menu = qobject_cast<QMenu*>(w))
            check(w, menu->title());
        // The language list names each language in its own words on purpose.
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && w->objectName() != u"languageCombo") {
            check(w, combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i)
                check(w, combo->itemText(i));
        }
        // A table's header is a view of the same model; the table itself reports it once.
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model() && !qobject_cast<QHeaderView*>(w)) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                check(w, view->model()->headerData(c, Qt::Horizontal).toString());
        }
    }

    int m_seen = 0;
    QList<Finding> m_findings;
};

QtMessageHandler g_testLog = nullptr;

/// The offscreen platform says on every dialog that it cannot propagate size hints; that is no news.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    g_testLog(type, context, message);
}

} // namespace

class TestTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFileIsComplete();
    void noEnglishInChinese_data();
    void noEnglishInChinese();
    void dialogsShowNoEnglish();

private:
    void expectChinese(QWidget* root, const QString& what);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Services> m_services;
};

void TestTranslation::initTestCase()
{
    g_testLog = qInstallMessageHandler(quietOffscreen);
    QStandardPaths::setTestModeEnabled(true);
    // Before any service builds its translated tables (the record kinds keep their labels).
    QVERIFY(installTranslators(QStringLiteral("zh_CN")));
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    auto opened = Services::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_services = std::move(opened).value();
    const Status demo = Setup::createDemo(*m_services);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
}

void TestTranslation::tsFileIsComplete()
{
    QFile file(QStringLiteral(ONESEAL_SOURCE_DIR "/translations/oneseal_zh_CN.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            ++messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            // The text of a plural translation is in its <numerusform> children.
            QString text;
            bool emptyForm = false;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                    text += form;
                }
            }
            QString problem;
            if (type == u"unfinished")
                problem = QStringLiteral("unfinished");
            else if (type == u"vanished" || type == u"obsolete")
                problem = type;
            else if (text.trimmed().isEmpty() || emptyForm)
                problem = QStringLiteral("empty");
            if (!problem.isEmpty())
                problems.append(QStringLiteral("%1: [%2] %3").arg(problem, context, source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    for (const QString& problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 of %2 messages are not translated; see above.").arg(problems.size()).arg(messages)));
}

void TestTranslation::expectChinese(QWidget* root, const QString& what)
{
    TextWalker walker;
    walker.walk(root);
    QVERIFY2(walker.textsSeen() > 0, qPrintable(what));
    for (const Finding& finding : walker.findings())
        qWarning("%s: %s shows \"%s\"", qPrintable(what), qPrintable(finding.where), qPrintable(finding.text));
    QVERIFY2(
        walker.findings().isEmpty(),
        qPrintable(QStringLiteral("%1 shows English %2 time(s); see above.").arg(what).arg(walker.findings().size())));
}

void TestTranslation::noEnglishInChinese_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    // One account per role is enough: the windows differ by role, not by person.
    QStringList roles;
    for (const Setup::DemoAccount& account : Setup::demoAccounts()) {
        if (roles.contains(account.role))
            continue;
        roles.append(account.role);
        QTest::newRow(qPrintable(account.role)) << account.username << account.password;
    }
}

void TestTranslation::noEnglishInChinese()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    const auto session = m_services->accounts().signIn(username, password);
    QVERIFY(session.ok());
    MainWindow window(*m_services, *session, m_path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < window.workspaces().size(); ++i)
        window.showWorkspace(i);
    if (auto* admin = window.findChild<AdminWorkspace*>()) {
        for (int tab = 0; tab < admin->tabs()->count(); ++tab)
            admin->tabs()->setCurrentIndex(tab);
        // What the audit check says is interface text too.
        if (AuditPage* audit = admin->auditPage())
            audit->verify();
    }
    window.lock();
    window.lockScreen()->showError(QStringLiteral("—"));
    expectChinese(&window, username);
}

void TestTranslation::dialogsShowNoEnglish()
{
    SignInDialog signIn(m_services->accounts(), m_path);
    expectChinese(&signIn, QStringLiteral("SignInDialog"));

    SettingsDialog settings(15);
    expectChinese(&settings, QStringLiteral("SettingsDialog"));

    QString adminPassword;
    for (const Setup::DemoAccount& account : Setup::demoAccounts()) {
        if (account.role == u"system_admin")
            adminPassword = account.password;
    }
    auto admin = m_services->accounts().signIn(QStringLiteral("sysadmin"), adminPassword);
    QVERIFY(admin.ok());
    ChangePasswordDialog change(m_services->accounts(), *admin, false);
    expectChinese(&change, QStringLiteral("ChangePasswordDialog"));
    ChangePasswordDialog forced(m_services->accounts(), *admin, true);
    expectChinese(&forced, QStringLiteral("ChangePasswordDialog (forced)"));

    ItemEditorDialog newItem(*m_services, *admin, QString());
    expectChinese(&newItem, QStringLiteral("ItemEditorDialog (new)"));
    const auto items = m_services->catalogue().items();
    QVERIFY(items.ok() && !items->isEmpty());
    ItemEditorDialog item(*m_services, *admin, items->first().id);
    expectChinese(&item, QStringLiteral("ItemEditorDialog"));

    for (const RecordKind& kind : ReferenceDataService::kinds()) {
        RecordEditorDialog create(*m_services, *admin, kind, {});
        expectChinese(&create, QStringLiteral("RecordEditorDialog (new %1)").arg(kind.key));
        const auto records = m_services->referenceData().list(kind.key);
        QVERIFY(records.ok() && !records->isEmpty());
        RecordEditorDialog edit(*m_services, *admin, kind, records->first());
        expectChinese(&edit, QStringLiteral("RecordEditorDialog (%1)").arg(kind.key));
    }

    UserEditorDialog newUser(*m_services, *admin, nullptr);
    expectChinese(&newUser, QStringLiteral("UserEditorDialog (new)"));
    const auto users = m_services->accounts().listUsers(*admin);
    QVERIFY(users.ok() && !users->isEmpty());
    UserEditorDialog editUser(*m_services, *admin, &users->first());
    expectChinese(&editUser, QStringLiteral("UserEditorDialog"));
    ResetPasswordDialog reset(m_services->accounts(), *admin, users->first());
    expectChinese(&reset, QStringLiteral("ResetPasswordDialog"));

    QList<CatalogueProblem> found;
    found.append(CatalogueProblem{2, 3, QStringLiteral("implementation_code"), QStringLiteral("—")});
    found.append(CatalogueProblem{3, 4, QStringLiteral("materials"), QStringLiteral("—")});
    ImportProblemsDialog problems(QStringLiteral("catalogue.csv"), found);
    expectChinese(&problems, QStringLiteral("ImportProblemsDialog"));

    // The confirmations, with Qt's own buttons.
    CataloguePage page(*m_services, *admin);
    page.importFile(m_dir.filePath(QStringLiteral("catalogue.json")));
    auto* confirm = page.findChild<QMessageBox*>(QStringLiteral("confirmImport"));
    QVERIFY(confirm);
    expectChinese(confirm, QStringLiteral("import confirmation"));
    confirm->reject();
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
