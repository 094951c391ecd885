#pragma once
// Private to src/services: the diary's settings as kept in the clinic file (opening hours and
// the clinic's time zone), and the system's zone for a clinic that has not chosen one.
#include "services/appointments.h"
#include "services/clinic_impl.h"

#include <string>

namespace fc {

DiarySettings load_diary_settings(Clinic::Impl& impl);
// Applies the form's non-empty fields to `settings`; throws InvalidInput naming each bad field.
void apply_diary_settings_form(const DiarySettingsForm& form, DiarySettings& settings);
void store_diary_settings(Clinic::Impl& impl, const DiarySettings& settings);
// The zone this computer runs in ($TZ, the /etc/localtime link, which the system's settings
// change, then /etc/timezone), else "UTC"; looked up once per process.
std::string system_time_zone();
// True for a zone name the system's time-zone database holds ("Europe/London").
bool is_known_time_zone(const std::string& name);

} // namespace fc
