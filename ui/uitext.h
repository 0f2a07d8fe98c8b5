#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace OneSeal::UiText {

/// A stored key with the label people read, for combo boxes and choice columns.
using Choice = std::pair<QString, QString>;

QString yesNo(bool value);
/// 2025-02-07
QString date(const QDate& date);
/// 2025-02-07 周五
QString dateWithWeekday(const QDate& date);
/// An instant in China Standard Time, where every site is.
QString dateTime(const QDateTime& utc);

/// "county" / "town": whether an item is handled at the county hall or also at town centres.
QList<Choice> levels();
/// "paper", "electronic", "paper_or_electronic": how a material is handed in.
QList<Choice> materialForms();
/// "01" … "12" with CatalogueCodec::itemTypeName.
QList<Choice> itemTypes();
/// "commerce", "planning", "general" with ReferenceDataService::choiceLabel.
QList<Choice> windowKinds();
/// The label of @p key in @p choices, or the key itself when it is not there.
QString labelOf(const QList<Choice>& choices, const QString& key);

/// The label of a catalogue field key (the JSON and CSV column names), for import problems and forms.
QString catalogueField(const QString& key);
/// What a journal event type means ("user.created" → 创建账号), or the type when it is new to the client.
QString eventType(const QString& type);
/// What a journal subject type is ("user" → 账号).
QString subjectType(const QString& type);

} // namespace OneSeal::UiText
