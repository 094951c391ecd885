#pragma once
// The clinician's language for the user interface, with numbers kept machine-readable.

namespace fc::ui {

// Uses the user's locale and translations for the interface, but keeps LC_NUMERIC at "C" so that
// numbers written to the clinic file or a PDF are never localised ("1.5", never "1,5").
void UseUserLanguage();

} // namespace fc::ui
