#pragma once
// The clinic file a main window works on and the clinician working in it. The window owns one;
// the menu's actions change it, and the window redraws itself when it changes.
#include "services/actor.h"
#include "services/clinic.h"

#include <functional>
#include <memory>
#include <string>

namespace fc::ui {

class ClinicSession {
public:
    // No clinic open; `problem` says why (empty when nothing went wrong).
    explicit ClinicSession(std::string problem = {});
    ClinicSession(std::unique_ptr<Clinic> clinic, Actor actor);
    ClinicSession(const ClinicSession&) = delete;
    ClinicSession& operator=(const ClinicSession&) = delete;

    // The open clinic, or null.
    Clinic* clinic() const { return clinic_.get(); }
    // Who is working; Actor::nobody() when no clinician was chosen (the record can be looked at
    // but not changed).
    const Actor& actor() const { return actor_; }
    bool has_clinician() const { return actor_.clinician_id.has_value(); }
    // Why no clinic is open, when opening one failed.
    const std::string& problem() const { return problem_; }
    // Changes each time another clinic is opened (or none is): a clinic's address may be reused.
    unsigned generation() const { return generation_; }

    // Works on `clinic` from now on; the previous one is closed.
    void open(std::unique_ptr<Clinic> clinic, Actor actor);
    // Works on no clinic, because of `problem` (the previous one, if any, is closed).
    void fail(std::string problem);
    void set_actor(Actor actor);

    // Called after each change above (one listener: the window that owns the session).
    void on_change(std::function<void()> listener) { listener_ = std::move(listener); }

private:
    void changed();

    std::unique_ptr<Clinic> clinic_;
    Actor actor_;
    std::string problem_;
    unsigned generation_ = 0;
    std::function<void()> listener_;
};

} // namespace fc::ui
