#include "ui/red_flag_queue.h"

#include "services/clinician_directory.h"
#include "ui/acknowledge_dialog.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/flag_marker.h"
#include "ui/flag_text.h"
#include "ui/list_columns.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <set>

namespace fc::ui {

namespace {
constexpr int wrap_chars = 120;

RecordItem SourceOf(const RedFlag& f)
{
    return RecordItem{f.source, f.source_id};
}
} // namespace

RedFlagQueue::RedFlagQueue(wxWindow* parent, ClinicSession& session,
                           std::function<void(std::int64_t, const RecordItem&)> open_record,
                           std::function<void()> changed)
    : session_(session), open_record_(std::move(open_record)), changed_(std::move(changed))
{
    wxXmlResource::Get()->LoadPanel(this, parent, "red_flag_queue");
    list_ = XRCCTRL(*this, "flags", wxDataViewListCtrl);
    list_->SetName("flags");
    clinician_filter_ = XRCCTRL(*this, "clinician_filter", wxChoice);
    patient_filter_ = XRCCTRL(*this, "patient_filter", wxChoice);
    detail_ = XRCCTRL(*this, "flag_detail", wxStaticText);
    auto* heading = FindWindow("queue_heading");
    heading->SetFont(heading->GetFont().Scaled(1.3f).Bold());
    FindWindow("flags_none")->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    // The severity with the list's flag marker, so that urgent flags stand out at a glance.
    const int severity_width = list_->GetTextExtent(_("For review")).x + list_->FromDIP(16 + 32);
    list_->AppendIconTextColumn(_("Severity"), wxDATAVIEW_CELL_INERT, severity_width, wxALIGN_LEFT,
                                wxDATAVIEW_COL_RESIZABLE);
    const auto marker = wxSize(list_->GetCharHeight(), list_->GetCharHeight());
    urgent_marker_ = FlagMarker(marker, true);
    review_marker_ = FlagMarker(marker, false);
    AddSizedColumn(list_, _("Date"), {"0000-00-00"});
    AddSizedColumn(list_, _("Patient"), {"Abernathy-Lindqvist, Siobhán"});
    AddSizedColumn(list_, _("Flag"), {to_wx(label(RedFlagRule::PrecautionNotCleared))});
    AddSizedColumn(list_, _("Status"), {_("Open"), _("Acknowledged")});
    AddSizedColumn(list_, _("What was recorded"), {}, true);

    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { ShowSelected(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { OpenSelected(); });
    clinician_filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Reload(); });
    patient_filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = patient_filter_->GetSelection();
        patient_ = i > 0 ? std::optional(patient_ids_.at(static_cast<std::size_t>(i - 1))) : std::nullopt;
        Reload();
    });
    Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { Reload(); }, XRCID("show_acknowledged"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OpenSelected(); }, XRCID("open_flag_record"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AcknowledgeSelected(); }, XRCID("acknowledge_flag"));
}

void RedFlagQueue::FillClinicians()
{
    if (clinicians_of_ == session_.generation())
        return;
    clinicians_of_ = session_.generation();
    clinician_names_.clear();
    clinician_ids_.clear();
    clinician_filter_->Clear();
    clinician_filter_->Append(_("Anyone"));
    if (session_.clinic())
        ShowingErrors(this, [&] {
            for (const auto& c : ClinicianDirectory(*session_.clinic()).list(true)) {
                clinician_names_[c.id] = c.name;
                clinician_ids_.push_back(c.id);
                clinician_filter_->Append(to_wx(c.name));
            }
        });
    clinician_filter_->SetSelection(0);
}

std::string RedFlagQueue::ClinicianName(std::int64_t id) const
{
    const auto it = clinician_names_.find(id);
    return it != clinician_names_.end() ? it->second : from_wx(wxString::Format(_("clinician %lld"), (long long)id));
}

void RedFlagQueue::FilterPatient(std::optional<std::int64_t> patient_id)
{
    patient_ = patient_id;
    Reload();
}

void RedFlagQueue::Reload()
{
    FillClinicians();
    const std::int64_t selected = Selected() ? Selected()->flag.id : 0;
    RedFlagFilter filter;
    filter.open_only = !XRCCTRL(*this, "show_acknowledged", wxCheckBox)->GetValue();
    if (const int i = clinician_filter_->GetSelection(); i > 0)
        filter.clinician_id = clinician_ids_.at(static_cast<std::size_t>(i - 1));
    std::vector<QueuedFlag> everyone; // for the patient filter's choices
    if (session_.clinic() && !ShowingErrors(this, [&] {
            RedFlags flags(*session_.clinic(), session_.actor());
            everyone = flags.queue(filter);
        })) {
        // What is listed stays; the count says it could not be read again.
        XRCCTRL(*this, "count", wxStaticText)->SetLabelText(_("Could not read the red flags again"));
        return;
    }
    flags_.clear();
    // The patient filter offers the patients in the queue (by name), and keeps the one chosen.
    std::map<std::string, std::int64_t> patients;
    for (const auto& q : everyone)
        patients.emplace(q.patient_name + " " + q.mrn, q.flag.patient_id);
    patient_ids_.clear();
    patient_filter_->Clear();
    patient_filter_->Append(_("All patients"));
    int chosen = 0;
    for (const auto& [name, id] : patients) {
        patient_ids_.push_back(id);
        patient_filter_->Append(to_wx(name));
        if (patient_ && *patient_ == id)
            chosen = static_cast<int>(patient_ids_.size());
    }
    if (patient_ && chosen == 0) { // the patient chosen has nothing in the queue now: still theirs, empty
        patient_ids_.push_back(*patient_);
        patient_filter_->Append(_("The patient chosen (none now)"));
        chosen = static_cast<int>(patient_ids_.size());
    }
    patient_filter_->SetSelection(chosen);
    for (auto& q : everyone)
        if (!patient_ || q.flag.patient_id == *patient_)
            flags_.push_back(std::move(q));

    list_->DeleteAllItems();
    int open = 0, urgent = 0;
    for (const auto& q : flags_) {
        const auto& f = q.flag;
        const bool is_open = !f.acknowledgement;
        const bool is_urgent = f.severity == RedFlagSeverity::Urgent;
        open += is_open ? 1 : 0;
        urgent += is_open && is_urgent ? 1 : 0;
        wxVector<wxVariant> row;
        wxVariant severity;
        severity << wxDataViewIconText(SeverityLabel(f.severity),
                                       (is_urgent ? urgent_marker_ : review_marker_).GetIconFor(list_));
        row.push_back(severity);
        for (const auto& cell : {to_wx(to_iso(f.on)), to_wx(q.patient_name), to_wx(label(f.rule)),
                                 is_open ? _("Open") : _("Acknowledged"), to_wx(f.message)})
            row.push_back(cell);
        list_->AppendItem(row);
    }
    list_->Show(!flags_.empty());
    auto* none = XRCCTRL(*this, "flags_none", wxStaticText);
    none->SetLabelText(filter.open_only ? _("No red flags are waiting for review.") : _("No red flags."));
    none->Show(flags_.empty());
    XRCCTRL(*this, "count", wxStaticText)
        ->SetLabelText(wxString::Format(wxPLURAL("%d open", "%d open", open), open) +
                       (urgent ? wxString::Format(_(", %d urgent"), urgent) : wxString()));
    std::size_t row = 0;
    for (std::size_t i = 0; i < flags_.size(); ++i)
        if (flags_[i].flag.id == selected)
            row = i;
    if (select_row_) // after an acknowledgement: the next flag, never one far from it
        row = std::min(static_cast<std::size_t>(std::max(*select_row_, 0)), flags_.empty() ? 0 : flags_.size() - 1);
    select_row_.reset();
    if (!flags_.empty())
        SelectRow(row);
    else
        ShowSelected();
    Layout();
}

const QueuedFlag* RedFlagQueue::Selected() const
{
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= flags_.size())
        return nullptr;
    return &flags_[static_cast<std::size_t>(row)];
}

void RedFlagQueue::SelectRow(std::size_t row)
{
    if (row >= flags_.size())
        return;
    list_->SelectRow(static_cast<unsigned>(row));
    list_->EnsureVisible(list_->RowToItem(static_cast<int>(row)));
    ShowSelected();
}

void RedFlagQueue::ShowSelected()
{
    const auto* q = Selected();
    const bool can_change = session_.has_clinician();
    FindWindow("open_flag_record")->Enable(q != nullptr);
    FindWindow("acknowledge_flag")->Enable(q != nullptr && can_change && !q->flag.acknowledgement);
    if (!q) {
        detail_->SetLabelText(wxString());
        return;
    }
    const auto& f = q->flag;
    wxString text = wxString::Format(_("%s, MRN %s: %s."), to_wx(q->patient_name), to_wx(q->mrn), to_wx(f.message));
    if (!f.raised_at.empty())
        text += " " + wxString::Format(_("Raised %s."), LocalTime(f.raised_at));
    if (const auto& a = f.acknowledgement)
        text += "\n" + wxString::Format(_("Acknowledged by %s, %s: %s. %s"), to_wx(ClinicianName(a->by)),
                                        LocalTime(a->at), to_wx(label(a->action)), to_wx(a->note));
    detail_->SetForegroundColour(f.acknowledgement ? wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT)
                                 : f.severity == RedFlagSeverity::Urgent ? UrgentColour()
                                                                         : ReviewColour());
    detail_->SetLabelText(text);
    detail_->Wrap(GetCharWidth() * wrap_chars);
    Layout();
}

void RedFlagQueue::OpenSelected()
{
    if (const auto* q = Selected(); q && open_record_)
        open_record_(q->flag.patient_id, SourceOf(q->flag));
}

void RedFlagQueue::AcknowledgeSelected()
{
    const auto* q = Selected();
    if (!q || q->flag.acknowledgement || !session_.clinic() || !session_.has_clinician())
        return;
    const auto flag = q->flag;
    const auto patient = wxString::Format(_("%s, MRN %s"), to_wx(q->patient_name), to_wx(q->mrn));
    const int row = list_->GetSelectedRow();
    std::optional<RedFlag> done;
    if (!ShowingErrors(this,
                       [&] { done = ShowAcknowledgeDialog(this, *session_.clinic(), session_.actor(), flag, patient); }) ||
        !done)
        return;
    select_row_ = row; // the flag after it moves up into its place
    Reload();
    if (changed_)
        changed_();
}

} // namespace fc::ui
