#include "ui/report_dialog.h"

#include "services/clinic_profile.h"
#include "services/clinic_reports.h"
#include "services/session_notes.h"
#include "ui/checked_form.h"
#include "ui/error_messages.h"
#include "ui/note_text.h"
#include "ui/report_printout.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/printdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 70;
constexpr const char* paper_ids[] = {"a4", "letter"};

// Runs `use(reports, data)` with the report's data, gathered once.
template <class Use>
void WithReportData(Clinic& clinic, const Actor& actor, const ReportRequest& r, Use&& use)
{
    ClinicReports reports(clinic, actor);
    switch (r.kind) {
    case ReportKind::Progress:
        use(reports, reports.progress(r.patient_id, ProgressReportForm{r.from, r.to, r.summary, r.paper}));
        return;
    case ReportKind::Note:
        if (!r.note_id)
            throw InvalidInput(FieldError{"note", "required", "is required: choose the session note to print"});
        use(reports, reports.note(*r.note_id, r.paper));
        return;
    case ReportKind::Handout:
        use(reports, reports.handout(r.patient_id, r.paper));
        return;
    }
}

class ReportDialog : public wxDialog {
public:
    ReportDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const Patient& patient,
                 std::optional<std::int64_t> note_id)
        : clinic_(clinic), actor_(actor), patient_(patient)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "report_dialog");
        kind_ = XRCCTRL(*this, "kind", wxChoice);
        note_ = XRCCTRL(*this, "note", wxChoice);
        paper_ = XRCCTRL(*this, "paper", wxChoice);
        // The clinic's paper unless the clinician picks the other one.
        ShowingErrors(this, [&] { paper_->SetSelection(clinic_profile(clinic_).paper == "letter" ? 1 : 0); });
        auto* intro = XRCCTRL(*this, "intro", wxStaticText);
        intro->SetLabelText(wxString::Format(_("For %s, %s (MRN %s). Preview, print and the PDF show the same pages."),
                                             to_wx(patient.family_name), to_wx(patient.given_name), to_wx(patient.mrn)));
        intro->Wrap(GetCharWidth() * wrap_chars);
        for (const auto& n : SessionNotes(clinic_, actor_).for_patient(patient.id)) {
            notes_.insert(notes_.begin(), n.id); // newest first
            note_->Insert(NoteHeading(n) + (n.is_signed() ? wxString() : _(" (draft)")), 0);
        }
        if (note_id) {
            const auto it = std::find(notes_.begin(), notes_.end(), *note_id);
            if (it != notes_.end()) {
                kind_->SetSelection(static_cast<int>(ReportKind::Note));
                note_->SetSelection(static_cast<int>(it - notes_.begin()));
            }
        } else if (!notes_.empty()) {
            note_->SetSelection(0);
        }
        checked_ = std::make_unique<CheckedForm>(
            this,
            std::vector<std::pair<std::string, wxString>>{
                {"note", _("Note")}, {"from", _("From")}, {"to", _("To")}, {"summary", _("Summary")}, {"paper", _("Paper")}},
            [] { return std::vector<FieldError>{}; }, nullptr);
        kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { ShowKind(); });
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Preview(); }, XRCID("preview_report"));
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Print(); }, XRCID("print_report"));
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SaveAs(); }, XRCID("save_report"));
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
        SetEscapeId(wxID_CLOSE);
        ShowKind();
        CentreOnParent();
        kind_->SetFocus();
    }

    ReportRequest Request() const
    {
        ReportRequest r;
        r.kind = static_cast<ReportKind>(std::max(0, kind_->GetSelection()));
        r.patient_id = patient_.id;
        if (const int i = note_->GetSelection(); i != wxNOT_FOUND)
            r.note_id = notes_.at(static_cast<std::size_t>(i));
        r.from = from_wx(XRCCTRL(*this, "from", wxTextCtrl)->GetValue().Strip(wxString::both));
        r.to = from_wx(XRCCTRL(*this, "to", wxTextCtrl)->GetValue().Strip(wxString::both));
        r.summary = from_wx(XRCCTRL(*this, "summary", wxTextCtrl)->GetValue());
        r.paper = paper_ids[std::max(0, paper_->GetSelection())];
        return r;
    }

private:
    // Only the fields the chosen report uses are shown.
    void ShowKind()
    {
        const auto kind = static_cast<ReportKind>(std::max(0, kind_->GetSelection()));
        const bool progress = kind == ReportKind::Progress, note = kind == ReportKind::Note;
        for (const char* name : {"from", "from_label", "to", "to_label", "summary", "summary_label"})
            FindWindow(name)->Show(progress);
        for (const char* name : {"note", "note_label"})
            FindWindow(name)->Show(note);
        note_->Enable(!notes_.empty());
        checked_->ShowErrors({});
        GetSizer()->SetSizeHints(this);
        Layout();
    }

    // The laid-out pages, or nullopt after showing why there are none.
    std::optional<reports::Document> Document()
    {
        std::optional<reports::Document> doc;
        checked_->Submit(this, [&] { doc = LayOutReport(clinic_, actor_, Request()); });
        return doc;
    }

    wxPrintData& PrintData()
    {
        print_data_.SetPaperId(Request().paper == "letter" ? wxPAPER_LETTER : wxPAPER_A4);
        return print_data_;
    }

    void Preview()
    {
        auto doc = Document();
        if (!doc)
            return;
        const wxString title = to_wx(doc->info.title);
        wxPrintDialogData data(PrintData());
        auto* preview = new wxPrintPreview(new ReportPrintout(*doc, title), new ReportPrintout(*doc, title), &data);
        if (!preview->IsOk()) {
            delete preview;
            ShowError(this, Error(from_wx(_("The print preview could not be set up; save the report as PDF instead."))));
            return;
        }
        auto size = FromDIP(wxSize(900, 1000));
        size.DecTo(wxGetClientDisplayRect().GetSize());
        auto* frame = new wxPreviewFrame(preview, GetParent(), title, wxDefaultPosition, size);
        frame->SetName("report_preview");
        frame->Centre();
        frame->InitializeWithModality(wxPreviewFrame_NonModal);
        frame->Show();
        EndModal(wxID_OK);
    }

    void Print()
    {
        auto doc = Document();
        if (!doc)
            return;
        wxPrintDialogData data(PrintData());
        wxPrinter printer(&data);
        ReportPrintout printout(*doc, to_wx(doc->info.title));
        if (!printer.Print(this, &printout, true) && wxPrinter::GetLastError() == wxPRINTER_ERROR)
            ShowError(this, Error(from_wx(_("The report could not be printed; check the printer, or save it as PDF."))));
        else
            print_data_ = printer.GetPrintDialogData().GetPrintData();
    }

    void SaveAs()
    {
        const auto r = Request();
        const wxString kind = r.kind == ReportKind::Progress ? _("progress report")
                              : r.kind == ReportKind::Note   ? _("session note")
                                                             : _("home programme");
        wxFileDialog ask(this, _("Save the report as PDF"), wxString(),
                         to_wx(patient_.family_name + " " + patient_.given_name) + " - " + kind + ".pdf",
                         _("PDF documents (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (ask.ShowModal() != wxID_OK)
            return;
        const auto path = path_from_wx(ask.GetPath());
        if (!checked_->Submit(this, [&] { SaveReport(clinic_, actor_, r, path); }))
            return;
        if (XRCCTRL(*this, "open_after_save", wxCheckBox)->GetValue())
            wxLaunchDefaultApplication(ask.GetPath());
        EndModal(wxID_OK);
    }

    Clinic& clinic_;
    Actor actor_;
    Patient patient_;
    wxChoice* kind_ = nullptr;
    wxChoice* note_ = nullptr;
    wxChoice* paper_ = nullptr;
    std::vector<std::int64_t> notes_; // by item of note_
    std::unique_ptr<CheckedForm> checked_;
    wxPrintData print_data_;
};

} // namespace

reports::Document LayOutReport(Clinic& clinic, const Actor& actor, const ReportRequest& request)
{
    reports::Document doc;
    WithReportData(clinic, actor, request, [&](ClinicReports& reports, const auto& data) {
        doc = ClinicReports::layout(data);
        reports.record_shown(data);
    });
    return doc;
}

void SaveReport(Clinic& clinic, const Actor& actor, const ReportRequest& request, const std::filesystem::path& file)
{
    // The Save dialog asked before replacing a file; the clinic file and backups are refused anyway.
    WithReportData(clinic, actor, request, [&](ClinicReports& reports, const auto& data) {
        reports.save(data, file, ExistingFile::Replace);
    });
}

void ShowReportDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const Patient& patient,
                      std::optional<std::int64_t> note_id)
{
    ReportDialog dialog(parent, clinic, actor, patient, note_id);
    dialog.ShowModal();
}

} // namespace fc::ui
