#include "ui/clinic_session.h"

namespace fc::ui {

ClinicSession::ClinicSession(std::string problem) : problem_(std::move(problem)) {}

ClinicSession::ClinicSession(std::unique_ptr<Clinic> clinic, Actor actor)
    : clinic_(std::move(clinic)), actor_(std::move(actor))
{
}

void ClinicSession::open(std::unique_ptr<Clinic> clinic, Actor actor)
{
    ++generation_;
    clinic_ = std::move(clinic);
    actor_ = std::move(actor);
    problem_.clear();
    changed();
}

void ClinicSession::fail(std::string problem)
{
    ++generation_;
    clinic_.reset();
    actor_ = Actor::nobody();
    problem_ = std::move(problem);
    changed();
}

void ClinicSession::set_actor(Actor actor)
{
    actor_ = std::move(actor);
    changed();
}

void ClinicSession::changed()
{
    if (listener_)
        listener_();
}

} // namespace fc::ui
