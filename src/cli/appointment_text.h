#pragma once
// How appointments and the diary's settings are printed: JSON (--json) and text tables.
#include "core/appointment.h"
#include "core/diary_entry.h"
#include "services/appointments.h"
#include "services/clinic.h"
#include "services/clinic_profile.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace fc::cli {

// id, patient_id, clinician_id, date (YYYY-MM-DD), time (HH:MM local), duration, type, room,
// status (booked|attended|cancelled|dna), series_id; and reason, note, session_note_id.
nlohmann::json to_json(const Appointment& a);
// ids, series_id, appointments, warnings (kind, date, with, message).
nlohmann::json to_json(const Booking& b);
nlohmann::json to_json(const DiarySettings& s);

// A table with the patients' and clinicians' names.
std::string appointments_text(const std::vector<DiaryEntry>& entries);
std::string settings_text(const DiarySettings& s);
std::string profile_text(const ClinicProfile& p);

} // namespace fc::cli
