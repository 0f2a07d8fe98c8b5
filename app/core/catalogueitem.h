#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OneSeal {

/// A provision an item rests on (设定依据).
struct LegalBasis
{
    QString law;     ///< 《中华人民共和国行政许可法》
    QString article; ///< 第三十二条
    QString text;
    friend bool operator==(const LegalBasis&, const LegalBasis&) = default;
};

/// One material an applicant hands in (申请材料).
struct Material
{
    QString name;
    bool required = true;
    int originals = 0;
    int copies = 0;
    QString form; ///< "paper", "electronic" or "paper_or_electronic"
    QString source;
    QString notes;
    friend bool operator==(const Material&, const Material&) = default;
};

/// A special procedure whose time does not count (行政许可法 Art. 45).
struct SpecialProcedure
{
    QString kind; ///< one of SpecialProcedure::kinds()
    int expectedDays = 0;
    QString description;
    friend bool operator==(const SpecialProcedure&, const SpecialProcedure&) = default;

    /// The closed list of Art. 45: 听证, 专家评审, 检验, 检测, 检疫, 鉴定, 招标, 拍卖.
    static const QStringList& kinds();
};

/// A fee with its legal basis; licensing is free unless a law says otherwise (Art. 58).
struct Fee
{
    QString name;
    qint64 amountFen = 0;
    QString basis;
    friend bool operator==(const Fee&, const Fee&) = default;
};

/// One item of the service catalogue (事项清单) with its service guide (办事指南).
/// Section and department are held by code, as catalogue files carry them.
struct CatalogueItem
{
    QString nationalCode;       ///< 基本编码
    QString implementationCode; ///< 实施编码, the key of an item across imports
    QString name;
    QString pinyinInitials;
    QString itemType; ///< "01" 行政许可 … "12" 审核转报
    QString agency;
    QList<LegalBasis> legalBasis;
    QString conditions;
    QString reviewStandard;
    QList<Material> materials;
    int statutoryDays = 20; ///< 法定时限, working days
    int promisedDays = 20;  ///< 承诺时限, working days
    QList<SpecialProcedure> specialProcedures;
    QList<Fee> fees;
    QString windowKind; ///< "commerce", "planning" or "general"
    QString section;    ///< deciding section's code
    QString department; ///< supervising department's code
    QString resultTemplate;
    QString resultName;
    bool onTheSpot = false; ///< 即办件
    QString level;          ///< "county" or "town"
    bool active = true;

    friend bool operator==(const CatalogueItem&, const CatalogueItem&) = default;
};

} // namespace OneSeal
