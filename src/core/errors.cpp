#include "core/errors.h"

namespace fc {

namespace {
std::string summarise(const std::vector<FieldError>& errors)
{
    std::string text;
    for (const auto& e : errors) {
        if (!text.empty())
            text += "; ";
        text += e.describe();
    }
    return text.empty() ? std::string("invalid input") : text;
}
} // namespace

InvalidInput::InvalidInput(std::vector<FieldError> errors) : Error(summarise(errors)), errors_(std::move(errors)) {}

} // namespace fc
