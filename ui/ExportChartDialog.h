#pragma once

#include "ChartExporter.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace techwinter {

/// Asks where and how to export the chart: file (PNG or SVG by extension), pixel size, scale,
/// text colours (dark or light), transparent background.
class ExportChartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportChartDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    ChartExportOptions options() const;
    bool isSvg() const;

private:
    void browse();

    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QComboBox *m_theme;
    QLabel *m_pixels; ///< the image's size in pixels at the chosen scale
};

} // namespace techwinter
