"""Registrations for events and Forum sessions: booking (the only code that changes a registration),
its forms and views, signed links, what registrants are told, reminders, organisers' screens and
exports, and the retention and erasure of personal data."""
