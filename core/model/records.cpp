#include "model/records.h"

namespace sillok::core {

const char *entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Organization:
        return "organization";
    case EntityType::Person:
        return "person";
    case EntityType::Initiative:
        return "initiative";
    case EntityType::Meeting:
        return "meeting";
    }
    return "organization";
}

std::optional<EntityType> entityTypeFromName(std::string_view name)
{
    if (name == "organization")
        return EntityType::Organization;
    if (name == "person")
        return EntityType::Person;
    if (name == "initiative")
        return EntityType::Initiative;
    if (name == "meeting")
        return EntityType::Meeting;
    return std::nullopt;
}

std::string personContext(std::string_view role, std::string_view organization)
{
    std::string out(role);
    if (!role.empty() && !organization.empty())
        out += ", ";
    return out += organization;
}

} // namespace sillok::core
