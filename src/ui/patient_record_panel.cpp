#include "ui/patient_record_panel.h"

#include "ui/patient_banner.h"
#include "ui/record_tab.h"

#include <wx/notebook.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace fc::ui {

namespace {
enum Page { NOTHING_PAGE, RECORD_PAGE };
constexpr int wrap_chars = 48;
} // namespace

PatientRecordPanel::PatientRecordPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    pages_ = new wxSimplebook(this);

    auto* nothing = new wxPanel(pages_);
    nothing_ = new wxStaticText(nothing, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxALIGN_CENTRE_HORIZONTAL);
    nothing_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* centred = new wxBoxSizer(wxVERTICAL);
    centred->AddStretchSpacer(1);
    centred->Add(nothing_, wxSizerFlags().Center().Border(wxLEFT | wxRIGHT, FromDIP(24)));
    centred->AddStretchSpacer(2);
    nothing->SetSizer(centred);

    auto* record = new wxPanel(pages_);
    banner_ = new PatientBanner(record);
    tabs_ = new wxNotebook(record, wxID_ANY);
    for (const auto& make : RecordTabs()) {
        auto* tab = make(tabs_);
        tabs_->AddPage(tab->Page(), tab->Title());
        tab_pages_.push_back(tab);
    }
    shown_.assign(tab_pages_.size(), false);
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        event.Skip();
        if (event.GetEventObject() == tabs_ && event.GetSelection() != wxNOT_FOUND)
            ShowInTab(static_cast<std::size_t>(event.GetSelection()));
    });
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(banner_, wxSizerFlags().Expand());
    column->Add(tabs_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    record->SetSizer(column);

    pages_->AddPage(nothing, wxString());
    pages_->AddPage(record, wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(pages_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void PatientRecordPanel::ShowRecord(const RecordView& view)
{
    Freeze();
    view_.reset();
    view_.emplace(view);
    shown_.assign(tab_pages_.size(), false);
    banner_->ShowRecord(view);
    if (const int selected = tabs_->GetSelection(); selected != wxNOT_FOUND)
        ShowInTab(static_cast<std::size_t>(selected));
    pages_->ChangeSelection(RECORD_PAGE);
    pages_->GetPage(RECORD_PAGE)->Layout();
    Thaw();
}

void PatientRecordPanel::ShowInTab(std::size_t index)
{
    if (!view_ || index >= tab_pages_.size() || shown_[index])
        return;
    shown_[index] = true;
    tab_pages_[index]->ShowRecord(*view_);
}

bool PatientRecordPanel::ShowItem(const RecordItem& item)
{
    for (std::size_t i = 0; i < tab_pages_.size(); ++i) {
        ShowInTab(i);
        if (tab_pages_[i]->ShowItem(item)) {
            tabs_->SetSelection(i);
            return true;
        }
    }
    return false;
}

void PatientRecordPanel::ShowNothing(const wxString& why)
{
    view_.reset();
    nothing_->SetLabelText(why);
    nothing_->Wrap(GetCharWidth() * wrap_chars);
    pages_->ChangeSelection(NOTHING_PAGE);
    pages_->GetPage(NOTHING_PAGE)->Layout();
}

bool PatientRecordPanel::ShowsRecord() const
{
    return pages_->GetSelection() == RECORD_PAGE;
}

void PatientRecordPanel::FocusRecord()
{
    if (ShowsRecord())
        tabs_->SetFocus();
}

} // namespace fc::ui
