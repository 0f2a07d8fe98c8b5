#pragma once

// What the intake tests share: the demo's day and items, and an application as the counter takes it in.
#include "services/services.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace OneSeal::IntakeTesting {

// Monday 2026-03-16, 09:30 China Standard Time.
inline const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);
inline const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001"); // county, 10 / 5 working days
inline const QString kCompanyRegistration = QStringLiteral("11510182MB1D4D6X2F4000100101001"); // decided on the spot
inline const QStringList kFoodMaterials{
    QStringLiteral("食品经营许可申请书"), QStringLiteral("营业执照或者其他主体资格证明文件"),
    QStringLiteral("经营场所平面图和设备布局、操作流程示意图"), QStringLiteral("食品安全管理制度文本"),
    QStringLiteral("食品安全管理人员及从业人员健康证明")};

template <typename T> QString message(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

/// Every material of @p names received, one original each.
inline QList<ReceivedMaterial> received(const QStringList& names)
{
    QList<ReceivedMaterial> list;
    for (const QString& name : names)
        list.append({name, 1, 0, QStringLiteral("received"), QString()});
    return list;
}

/// A complete 食品经营许可 application of a company, to be accepted.
inline IntakeRequest foodRequest(const QString& requestId)
{
    IntakeRequest r;
    r.requestId = requestId;
    r.applicantKind = QStringLiteral("organisation");
    r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.applicantPhone = QStringLiteral("028-83712345");
    r.itemCode = kFoodLicence;
    r.materials = received(kFoodMaterials);
    r.outcome = IntakeOutcome::Accept;
    return r;
}

} // namespace OneSeal::IntakeTesting
