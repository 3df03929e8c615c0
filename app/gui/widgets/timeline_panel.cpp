#include "widgets/timeline_panel.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace sillok::gui {

TimelinePanel::TimelinePanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_view(new TimelineView(this)), m_grouping(new QComboBox(this)),
      m_organization(new QComboBox(this)), m_kind(new QComboBox(this)), m_status(new QLabel(this))
{
    m_grouping->addItem(tr("Lanes by initiative"), int(TimelineView::Grouping::ByInitiative));
    m_grouping->addItem(tr("Lanes by organization"), int(TimelineView::Grouping::ByOrganization));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setGrouping(TimelineView::Grouping(m_grouping->currentData().toInt()));
    });
    m_organization->setMinimumContentsLength(16);
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_organization, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setOrganizationFilter(m_organization->currentData().toString());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString k = m_kind->currentData().toString();
        m_view->setKindFilter(k.isEmpty() ? QStringList() : QStringList{k});
    });
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *svg = new QPushButton(tr("Export SVG…"), this);
    connect(png, &QPushButton::clicked, this, [this] { exportImage(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportImage(true); });
    connect(m_view, &TimelineView::entityActivated, this, &TimelinePanel::entityActivated);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_grouping);
    bar->addWidget(new QLabel(tr("Organization:"), this));
    bar->addWidget(m_organization);
    bar->addWidget(new QLabel(tr("Kind:"), this));
    bar->addWidget(m_kind);
    bar->addStretch();
    bar->addWidget(png);
    bar->addWidget(svg);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            refresh();
    });
}

void TimelinePanel::refresh()
{
    const int generation = ++m_generation;
    m_service->run(this, [](core::Library &lib) { return lib.timeline(); },
                   [this, generation](core::Result<std::vector<core::TimelineItem>> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_status->setText(Display::error(r.error()));
            m_status->show();
            m_count = 0;
            m_view->setItems({});
            emit loaded();
            return;
        }
        m_status->hide();
        QSet<QString> orgs, kinds;
        for (const auto &item : *r) {
            for (const auto &o : item.organizations)
                orgs.insert(toQ(o));
            if (!item.kind.empty())
                kinds.insert(toQ(item.kind));
        }
        auto fill = [](QComboBox *box, const QString &all, QSet<QString> values) {
            const QString current = box->currentData().toString();
            const QSignalBlocker block(box);
            box->clear();
            box->addItem(all, QString());
            QStringList sorted(values.begin(), values.end());
            sorted.sort();
            for (const QString &v : sorted)
                box->addItem(v, v);
            box->setCurrentIndex(std::max(0, box->findData(current)));
        };
        fill(m_organization, tr("All"), orgs);
        fill(m_kind, tr("All"), kinds);
        m_count = int(r->size());
        m_view->setItems(std::move(*r));
        m_view->setOrganizationFilter(m_organization->currentData().toString());
        const QString k = m_kind->currentData().toString();
        m_view->setKindFilter(k.isEmpty() ? QStringList() : QStringList{k});
        emit loaded();
    });
}

void TimelinePanel::exportImage(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export timeline as SVG") : tr("Export timeline as PNG"),
                                                      svg ? QStringLiteral("timeline.svg") : QStringLiteral("timeline.png"),
                                                      svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? m_view->exportSvg(path) : m_view->exportPng(path)))
        emit errorOccurred(tr("Could not write %1.").arg(path));
}

} // namespace sillok::gui
