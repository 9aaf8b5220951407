#include "ExportChartDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace techwinter {

ExportChartDialog::ExportChartDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background"), this))
    , m_theme(new QComboBox(this))
    , m_pixels(new QLabel(this))
{
    setWindowTitle(tr("Export Chart"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    for (QSpinBox *box : { m_width, m_height }) {
        box->setRange(200, 10000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    m_scale->addItem(tr("1× (standard)"), 1.0);
    m_scale->addItem(tr("2× (twice the pixels, for slides and print)"), 2.0);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_theme->addItem(tr("Dark text (light backgrounds)"), false);
    m_theme->addItem(tr("Light text (dark backgrounds and slides)"), true);
    m_theme->setObjectName(QStringLiteral("exportTheme"));
    m_pixels->setObjectName(QStringLiteral("exportPixels"));
    const auto updatePixels = [this] {
        const qreal scale = m_scale->currentData().toDouble();
        m_pixels->setText(tr("Image: %1 × %2 pixels")
                              .arg(qRound(m_width->value() * scale))
                              .arg(qRound(m_height->value() * scale)));
    };
    connect(m_scale, &QComboBox::currentIndexChanged, this, updatePixels);
    connect(m_width, &QSpinBox::valueChanged, this, updatePixels);
    connect(m_height, &QSpinBox::valueChanged, this, updatePixels);
    updatePixels();

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("File (.png or .svg)"), pathRow);
    form->addRow(tr("Size"), sizeRow);
    form->addRow(tr("Scale"), m_scale);
    form->addRow(QString(), m_pixels);
    form->addRow(tr("Text"), m_theme);
    form->addRow(QString(), m_transparent);
    form->addRow(buttons);
}

void ExportChartDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), m_path->text(), tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportChartDialog::path() const
{
    return m_path->text().trimmed();
}

bool ExportChartDialog::isSvg() const
{
    return path().endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
}

ChartExportOptions ExportChartDialog::options() const
{
    ChartExportOptions options;
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->currentData().toDouble();
    options.transparent = m_transparent->isChecked();
    options.darkTheme = m_theme->currentData().toBool();
    return options;
}

} // namespace techwinter
