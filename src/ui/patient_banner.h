#pragma once
// The banner above a patient's record: name, preferred name, age, MRN, and the open precautions
// and red flags waiting for review in a warning colour, so that they are seen before anything else.
#include <wx/panel.h>

class wxStaticBitmap;
class wxStaticText;

namespace fc::ui {

struct RecordView;

class PatientBanner : public wxPanel {
public:
    explicit PatientBanner(wxWindow* parent);
    void ShowRecord(const RecordView& view);
    // Only read: Tab passes it by.
    bool AcceptsFocus() const override { return false; }
    bool AcceptsFocusFromKeyboard() const override { return false; }

private:
    void WrapPrecautions();
    void ShowFlags(const RecordView& view);

    wxStaticText* name_ = nullptr;
    wxStaticText* archived_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticBitmap* precautions_icon_ = nullptr;
    wxStaticText* precautions_ = nullptr;
    wxString precautions_text_;
    wxStaticBitmap* flags_icon_ = nullptr;
    wxStaticText* flags_ = nullptr;
    wxString flags_text_;
    int wrapped_for_ = 0; // the width the precautions were last wrapped for
};

// The colour of warnings that must not be missed, readable on the window's background.
wxColour WarningColour();

} // namespace fc::ui
