#pragma once
// Failures in the clinic's language. Every layer throws these; the CLI and the GUI catch them
// at their boundary and turn them into a message (and, for the CLI, an exit code).
#include <stdexcept>
#include <string>
#include <vector>

namespace fc {

// One broken rule on one field of a form: `field` is the form/CLI name ("dob"), `rule` a stable
// id ("not-in-future"), `message` a sentence for the clinician without the field name.
struct FieldError {
    std::string field;
    std::string rule;
    std::string message;

    std::string describe() const { return field + ": " + message; }
    bool operator==(const FieldError&) const = default;
};

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Input that breaks a validation rule (CLI exit 3).
class InvalidInput : public Error {
public:
    explicit InvalidInput(std::vector<FieldError> errors);
    explicit InvalidInput(FieldError error) : InvalidInput(std::vector<FieldError>{std::move(error)}) {}
    const std::vector<FieldError>& errors() const noexcept { return errors_; }

private:
    std::vector<FieldError> errors_;
};

// A record that does not exist (CLI exit 4).
class NotFound : public Error {
public:
    using Error::Error;
};

// A change refused because the record changed meanwhile, or would clash with another record
// (stale version, duplicate MRN, already cleared) (CLI exit 5).
class Conflict : public Error {
public:
    using Error::Error;
};

// A change was asked for without knowing which clinician makes it (CLI exit 2). The message
// is the same for every front end; each adds its own hint on how to choose (`reason`).
class ClinicianRequired : public Error {
public:
    enum class Reason { NoneActive, SeveralActive, NotChosen };
    ClinicianRequired(Reason reason, const std::string& message) : Error(message), reason_(reason) {}
    explicit ClinicianRequired(const std::string& message) : ClinicianRequired(Reason::NotChosen, message) {}
    Reason reason() const noexcept { return reason_; }

private:
    Reason reason_;
};

// The clinic file cannot be used as asked. `kind` lets a front end offer the right next step.
class ClinicFileError : public Error {
public:
    enum class Kind { NotFloorChart, NewerSchema, Corrupt, Locked, ReadOnly, Missing, Io };
    ClinicFileError(Kind kind, const std::string& message) : Error(message), kind_(kind) {}
    Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

} // namespace fc
