#pragma once

#include "sync/backgroundsync.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace OneSeal {

/// The sync's state in the status bar: online or offline, when the last sync succeeded, how many of
/// this window's steps wait to be sent, and how many were refused (a button that opens the list).
/// A database that is not enrolled says so; a keychain that did not answer is named, with what it means.
/// While the device has no usable token, the system administrator gets a button to enrol it.
class SyncStatusWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    /// Shows that this database is not connected to a central store.
    void showNotEnrolled();
    void showSnapshot(const OneSeal::SyncSnapshot& snapshot);

    QLabel* linkLabel() const { return m_link; }
    QLabel* lastSyncLabel() const { return m_lastSync; }
    QLabel* pendingLabel() const { return m_pending; }
    QToolButton* conflictsButton() const { return m_conflicts; }
    QToolButton* enrolButton() const { return m_enrol; }

    /// Offers the enrolment (to the system administrator) while this device has no usable token.
    void setEnrolAvailable(bool available);

signals:
    void conflictsRequested();
    void enrolRequested();

private:
    QLabel* m_link;
    QLabel* m_lastSync;
    QLabel* m_pending;
    QToolButton* m_conflicts;
    QToolButton* m_enrol;
    bool m_enrolAvailable = false;
    bool m_needsEnrolment = true;
};

} // namespace OneSeal
