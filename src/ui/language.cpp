#include "ui/language.h"

#include <wx/translation.h>
#include <wx/uilocale.h>

#include <clocale>

namespace fc::ui {

void UseUserLanguage()
{
    wxUILocale::UseDefault();
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations); // takes ownership
    translations->AddStdCatalog();
    translations->AddCatalog("floorchart");
    std::setlocale(LC_NUMERIC, "C");
}

} // namespace fc::ui
