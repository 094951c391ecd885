#include "ui/patient_workspace.h"

#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "ui/app_settings.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_record_panel.h"
#include "ui/record_tab.h"
#include "ui/startup_measure.h"
#include "ui/timings.h"
#include "ui/wx_text.h"

#include <wx/app.h>

#include <algorithm>

namespace fc::ui {

namespace {

// How long a choice in the list must stay before the record opens: long enough to arrow past
// patients without opening each, short enough not to be noticed.
constexpr int settle_ms = 150;
constexpr int min_pane_width = 240; // DIP

template <class Item>
void replace_or_add(std::vector<Item>& items, const Item& item)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == item.id; });
    if (it == items.end())
        items.push_back(item);
    else
        *it = item;
}

} // namespace

PatientWorkspace::PatientWorkspace(wxWindow* parent, ClinicSession& session)
    : wxSplitterWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_NOBORDER),
      session_(session), settle_(this)
{
    SetName("patient_workspace");
    list_ = new PatientListPanel(this);
    record_panel_ = new PatientRecordPanel(this);
    SetMinimumPaneSize(FromDIP(min_pane_width));
    SetSashGravity(0.0); // the list keeps its width when the window grows
    // Wide enough for the list's columns in the font of this desktop.
    SplitVertically(list_, record_panel_,
                    std::max(FromDIP(AppSettings::PatientListWidth()), list_->GetEffectiveMinSize().x));

    list_->OnSelect([this](std::int64_t id) {
        choosing_ = id;
        settle_.StartOnce(settle_ms);
    });
    list_->OnActivate([this](std::int64_t id) {
        if (!record_ || record_->patient.id != id || choosing_)
            Open(id);
        FocusRecord();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (const auto id = std::exchange(choosing_, std::nullopt))
            Open(*id);
    });
}

void PatientWorkspace::ShowSession()
{
    if (session_.clinic() == shown_clinic_)
        return; // another clinician: the same patients and record
    shown_clinic_ = session_.clinic();
    const auto start = timings::Clock::now();
    settle_.Stop();
    choosing_.reset();
    record_.reset();
    clinician_names_.clear();
    list_->UseClinic(session_.clinic());
    record_panel_->ShowNothing(
        _("Choose a patient from the list to open their record, or add one with Patient > New patient (Ctrl+N)."));
    if (session_.clinic() && timings::Enabled())
        timings::NoteWhenIdle(this, "ready, " + std::to_string(list_->RowCount()) + " patients listed", start, true);
    if (session_.clinic())
        FinishStartupMeasureWhenIdle(this);
}

void PatientWorkspace::SaveLayout() const
{
    if (IsSplit())
        AppSettings::SetPatientListWidth(ToDIP(GetSashPosition()));
}

bool PatientWorkspace::can_change() const
{
    return session_.clinic() && session_.has_clinician();
}

PatientRecords PatientWorkspace::records() const
{
    return PatientRecords(*session_.clinic(), session_.actor());
}

Date PatientWorkspace::today() const
{
    return session_.clinic() ? session_.clinic()->today() : Date(boost::gregorian::day_clock::local_day());
}

void PatientWorkspace::Open(std::int64_t id)
{
    settle_.Stop();
    choosing_.reset();
    if (!session_.clinic())
        return;
    try {
        record_ = records().open(id);
        ShowRecord();
        wxWakeUpIdle(); // the menu, tools and buttons follow the record open now
    } catch (const NotFound& e) {
        ShowError(this, e);
        list_->FindAgain();
    } catch (const Error& e) {
        ShowError(this, e);
    }
}

void PatientWorkspace::ShowRecord()
{
    if (!record_)
        return;
    record_panel_->ShowRecord(RecordView{*record_, today(),
                                         [this](std::int64_t clinician) { return ClinicianName(clinician); },
                                         session_.clinic(), session_.actor(), [this] {
                                             // After the tab's handler returns: it may be the one shown anew.
                                             CallAfter([this] { Reload(); });
                                         }});
}

void PatientWorkspace::Reload()
{
    if (!record_ || !session_.clinic())
        return;
    try {
        record_ = records().reread(record_->patient.id);
        ShowRecord();
    } catch (const Error& e) {
        ShowError(this, e);
    }
    list_->FindAgain(); // markers in the list (precautions, flags) may have changed
    if (record_changed_)
        record_changed_();
}

bool PatientWorkspace::ShowItem(std::int64_t patient_id, const RecordItem& item)
{
    if (!record_ || record_->patient.id != patient_id || choosing_) {
        list_->ClearSearch(patient_id);
        Open(patient_id);
    }
    return record_ && record_->patient.id == patient_id && record_panel_->ShowItem(item);
}

std::string PatientWorkspace::ClinicianName(std::int64_t id)
{
    if (!clinician_names_.contains(id) && session_.clinic()) {
        try {
            for (const auto& c : ClinicianDirectory(*session_.clinic()).list(true))
                clinician_names_[c.id] = c.name;
        } catch (const Error&) {
            // the number below says who it was
        }
    }
    const auto it = clinician_names_.find(id);
    return it != clinician_names_.end() ? it->second : from_wx(wxString::Format(_("clinician %lld"),
                                                                                static_cast<long long>(id)));
}

void PatientWorkspace::FocusRecord()
{
    record_panel_->FocusRecord();
}

void PatientWorkspace::Added(const Patient& patient)
{
    // Listed among all patients, chosen, and its record opened.
    list_->ClearSearch(patient.id);
    Open(patient.id);
}

void PatientWorkspace::Saved(const Patient& patient)
{
    if (record_ && record_->patient.id == patient.id) {
        record_->patient = patient;
        ShowRecord();
    }
    list_->FindAgain(); // the name, or whether it is archived, may move it
}

void PatientWorkspace::Saved(const Precaution& precaution)
{
    if (record_ && record_->patient.id == precaution.patient_id) {
        replace_or_add(record_->precautions, precaution);
        ShowRecord();
    }
    list_->FindAgain(); // the open-precaution marker
}

void PatientWorkspace::Saved(const Condition& condition)
{
    if (record_ && record_->patient.id == condition.patient_id) {
        replace_or_add(record_->conditions, condition);
        ShowRecord();
    }
}

void PatientWorkspace::Saved(const Consent& consent)
{
    if (record_ && record_->patient.id == consent.patient_id) {
        replace_or_add(record_->consents, consent);
        ShowRecord();
    }
}

} // namespace fc::ui
