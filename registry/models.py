"""The registry's tables: places, offices, trades, registration requests, content, handoffs, and the help desk."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship

from registry.personal_data import SealedText
from registry.types import UTCDateTime

# Named constraints let Alembic's SQLite batch mode recreate tables in later revisions.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))

OFFICE_KINDS = ("chamber", "directorate")
TRADE_FAMILIES = ("art_production", "services")
# draft → in_review (another editor approves, or sends it back to draft with a note) → published.
CONTENT_STATUSES = ("draft", "in_review", "published")
UNANSWERED_OUTCOMES = ("topic", "training", "dismissed")
HANDOFF_STATUSES = ("open", "taken", "closed")
STAFF_ROLES = ("agent", "reviewer", "editor", "admin", "adviser")
# Who helped a person make their request: their tie to the person (None: the person made it themself).
HELPER_RELATIONSHIPS = (
    "parent", "child", "sibling", "spouse", "relative", "cooperative_member", "adviser", "other"
)
STAFF_LANGUAGES = ("ar", "fr")
# pending → sending (claimed by the scheduler) → sent; or cancelled by the user; blocked or failed as
# Telegram answered; unknown when a send was cut off and may have gone (never resent, outreach.reminders).
REMINDER_STATUSES = ("pending", "sending", "sent", "unknown", "cancelled", "blocked", "failed")


class Region(Base):
    """One of the 12 regions of 2015; each has a chamber of crafts."""

    __tablename__ = "regions"

    code = Column(String(8), primary_key=True)
    name_ar = Column(String(200), nullable=False)
    name_fr = Column(String(200), nullable=False)

    cities = relationship("City", back_populates="region")


class City(Base):
    """A city people name; ``name`` is the canonical (French) name used as key."""

    __tablename__ = "cities"

    name = Column(String(100), primary_key=True)
    region_code = Column(String(8), ForeignKey("regions.code"), nullable=False, index=True)
    name_ar = Column(String(200), nullable=False)
    name_fr = Column(String(200), nullable=False)
    # Approximate city centre, only to find the nearest city to a shared location.
    latitude = Column(Float, nullable=True)
    longitude = Column(Float, nullable=True)

    region = relationship("Region", back_populates="cities")
    spellings = relationship("CitySpelling", back_populates="city")


class CitySpelling(Base):
    """A way people write a city, stored under its spelling key (see registry.spelling)."""

    __tablename__ = "city_spellings"

    normalised = Column(String(200), primary_key=True)
    city_name = Column(String(100), ForeignKey("cities.name"), nullable=False, index=True)

    city = relationship("City", back_populates="spellings")


class Office(Base):
    """A chamber of crafts or a directorate of handicrafts.

    Contact details stay empty until an editor imports them from a source: an invented
    address or number would send people to the wrong place.
    """

    __tablename__ = "offices"
    __table_args__ = (
        CheckConstraint("kind IN ('chamber', 'directorate')", name="kind"),
        UniqueConstraint("kind", "region_code", "city_name", name="uq_offices_kind_region_city"),
    )

    id = Column(Integer, primary_key=True)
    kind = Column(String(16), nullable=False)
    name_ar = Column(String(300), nullable=False)
    name_fr = Column(String(300), nullable=False)
    region_code = Column(String(8), ForeignKey("regions.code"), nullable=False, index=True)
    city_name = Column(String(100), ForeignKey("cities.name"), nullable=True)
    address = Column(Text, nullable=True)
    phone = Column(String(20), nullable=True)
    hours = Column(Text, nullable=True)
    latitude = Column(Float, nullable=True)
    longitude = Column(Float, nullable=True)
    seat_confirmed = Column(Boolean, nullable=False, default=False)
    source = Column(Text, nullable=False)
    verified_on = Column(Date, nullable=True)

    region = relationship("Region")
    city = relationship("City")


class Trade(Base):
    """A handicraft activity. ``official`` is False until the list comes from décret 2.21.991."""

    __tablename__ = "trades"
    __table_args__ = (CheckConstraint("family IN ('art_production', 'services')", name="family"),)

    code = Column(String(40), primary_key=True)
    family = Column(String(20), nullable=False)
    branch = Column(String(100), nullable=True)
    name_ar = Column(String(300), nullable=False)
    name_ary = Column(String(300), nullable=False)
    name_fr = Column(String(300), nullable=False)
    official = Column(Boolean, nullable=False, default=False)
    source = Column(Text, nullable=False)
    verified_on = Column(Date, nullable=True)

    spellings = relationship("TradeSpelling", back_populates="trade")


class TradeSpelling(Base):
    """A way people write a trade or its worker, stored under its spelling key."""

    __tablename__ = "trade_spellings"

    normalised = Column(String(200), primary_key=True)
    trade_code = Column(String(40), ForeignKey("trades.code"), nullable=False, index=True)

    trade = relationship("Trade", back_populates="spellings")


class RegistrationRequest(Base):
    """A person's request for help registering in the RNA, kept for the chamber to follow up."""

    __tablename__ = "registration_requests"

    id = Column(Integer, primary_key=True)
    reference = Column(String(16), nullable=False, unique=True)
    full_name = Column(String(200), nullable=False)
    # Encrypted at rest (registry.personal_data): read in clear, never compared in SQL; the CIN is
    # upper-case without spaces, found by its keyed hash.
    cin = Column(SealedText, nullable=False)
    phone = Column(SealedText, nullable=False)
    cin_hash = Column(String(64), nullable=False, index=True)
    trade_code = Column(String(40), ForeignKey("trades.code"), nullable=True)
    trade_text = Column(Text, nullable=True)  # what the person wrote, kept when no trade matched
    # Copied, not linked: the request keeps the place it was made for even if the lists change.
    city_name = Column(String(100), nullable=False)
    region_code = Column(String(8), nullable=False)
    office_id = Column(Integer, ForeignKey("offices.id"), nullable=True)
    category = Column(String(32), nullable=False)
    consent_at = Column(UTCDateTime, nullable=False)
    status = Column(String(32), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    updated_at = Column(UTCDateTime, nullable=False)
    conversation_id = Column(String(200), nullable=False, index=True)
    # Help for someone else: the helper's tie to the person, when the helper confirmed that the person
    # agreed to share their details, and the adviser who filed it at the chamber (None in the chat).
    helper_relationship = Column(String(32), nullable=True)
    person_consent_at = Column(UTCDateTime, nullable=True)
    filed_by_staff_id = Column(Integer, ForeignKey("staff_members.id"), nullable=True)

    trade = relationship("Trade")
    office = relationship("Office")
    filed_by = relationship("StaffMember")
    history = relationship(
        "RequestStatusChange",
        back_populates="request",
        order_by="(RequestStatusChange.changed_at, RequestStatusChange.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class RequestStatusChange(Base):
    """One step in a request's history; creation writes the first ('received')."""

    __tablename__ = "request_status_changes"

    id = Column(Integer, primary_key=True)
    request_id = Column(
        Integer, ForeignKey("registration_requests.id", ondelete="CASCADE"), nullable=False, index=True
    )
    status = Column(String(32), nullable=False)
    changed_at = Column(UTCDateTime, nullable=False)
    note = Column(Text, nullable=True)
    changed_by = Column(String(255), nullable=True)  # a staff member's e-mail; empty for the assistant

    request = relationship("RegistrationRequest", back_populates="history")


class LookupMiss(Base):
    """A status lookup with a wrong reference/CIN pair, counted to slow down guessing.

    One row per thing guessed with (the sender, the reference, the CIN), each as a keyed hash
    (registry.lookup_guard): the rows identify no one, so they outlive a ``forget_me``.
    """

    __tablename__ = "lookup_misses"

    id = Column(Integer, primary_key=True)
    key = Column(String(64), nullable=False, index=True)
    failed_at = Column(UTCDateTime, nullable=False, index=True)


class PendingAnswerKey(Base):
    """The key that encrypts a conversation's answers to a form's personal fields until the user agrees.

    Rasa's conversation store keeps only ciphertext of those answers (rasa_plugins/pending_answers.py);
    deleting this row when the form ends, is refused, or expires makes them unreadable for good.
    """

    __tablename__ = "pending_answer_keys"

    sender_id = Column(String(255), primary_key=True)
    key = Column(String(64), nullable=False)  # a Fernet key
    created_at = Column(UTCDateTime, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False, index=True)


class DeletionJob(Base):
    """A confirmed ``forget_me``: the conversation's deletion, run by ``hirfa forget-worker`` until done.

    Written in the same transaction as the registry deletions, so a stopped action server loses
    nothing. ``sender_id`` is cleared once the job is done; the counts stay as its record.
    """

    __tablename__ = "deletion_jobs"
    __table_args__ = (CheckConstraint("status IN ('pending', 'done')", name="status"),)

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(255), nullable=False, default="", server_default="")
    status = Column(String(16), nullable=False, default="pending", server_default="pending")
    created_at = Column(UTCDateTime, nullable=False)
    run_after = Column(UTCDateTime, nullable=False, index=True)
    passes = Column(Integer, nullable=False, default=0, server_default="0")
    # When the first pass deleted the conversation: events stamped before it are the forgotten ones.
    first_pass_at = Column(UTCDateTime, nullable=True)
    # What the confirmation deleted in the registry (requests, handoffs, questions, corrections, ...).
    registry_rows = Column(Integer, nullable=False, default=0, server_default="0")
    # What the worker's passes deleted since.
    events = Column(Integer, nullable=False, default=0, server_default="0")
    checkpoints = Column(Integer, nullable=False, default=0, server_default="0")
    late_rows = Column(Integer, nullable=False, default=0, server_default="0")
    finished_at = Column(UTCDateTime, nullable=True)
    last_error = Column(Text, nullable=True)


class ContentVersion(Base):
    """One version of a knowledge answer (e.g. topic "amo.cost.no_tax") in every content language.

    Versions are never changed or deleted: a new text is a new version, so an editor can see
    what the assistant said on a given day. ``values`` fills the texts' ``{name}`` placeholders.
    ``source_<language>`` is shown under the answer; ``reference`` is never shown to users.
    """

    __tablename__ = "content_versions"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'in_review', 'published')", name="status"),
        UniqueConstraint("topic", "version", name="uq_content_versions_topic_version"),
    )

    id = Column(Integer, primary_key=True)
    topic = Column(String(100), nullable=False, index=True)
    version = Column(Integer, nullable=False)
    status = Column(String(16), nullable=False)
    text_ar = Column(Text, nullable=False)
    text_ary = Column(Text, nullable=False)
    text_fr = Column(Text, nullable=False)
    # JSON text of the placeholder values, e.g. {"amount": 135, "year": 2021}.
    values = Column(Text, nullable=False, default="{}", server_default="{}")
    # The official source users are shown, in their language ("CNSS — www.macnss.ma"); empty only
    # in versions made before sources had languages, which are answered without a source.
    source_ar = Column(Text, nullable=False, default="", server_default="")
    source_ary = Column(Text, nullable=False, default="", server_default="")
    source_fr = Column(Text, nullable=False, default="", server_default="")
    # For editors only: where the facts come from and how sure they are ("shared/DOMAIN.md §2 …").
    reference = Column(Text, nullable=False)
    verified_on = Column(Date, nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    # "seed", "import:<file name>", or an editor's name.
    created_by = Column(String(255), nullable=False)
    # The review: who approved or sent back the version, when, and their note to the author.
    reviewed_by = Column(String(255), nullable=True)
    reviewed_at = Column(UTCDateTime, nullable=True)
    review_note = Column(Text, nullable=True)


class UnansweredQuestion(Base):
    """A message the assistant could not answer, kept so editors can write the missing content."""

    __tablename__ = "unanswered_questions"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(200), nullable=False, index=True)
    text = Column(Text, nullable=False)
    language = Column(String(16), nullable=False)
    predicted_intent = Column(String(100), nullable=True)
    confidence = Column(Float, nullable=True)
    asked_at = Column(UTCDateTime, nullable=False)
    # What an editor made of it: a new topic, training examples, or nothing (dismissed).
    handled = Column(String(16), nullable=True, index=True)
    handled_by = Column(String(255), nullable=True)
    handled_at = Column(UTCDateTime, nullable=True)


class HandoffRequest(Base):
    """A person's request to talk to someone at the help desk, with the messages that led to it."""

    __tablename__ = "handoff_requests"
    __table_args__ = (CheckConstraint("status IN ('open', 'taken', 'closed')", name="status"),)

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(200), nullable=False, index=True)
    language = Column(String(16), nullable=False)
    reason = Column(String(32), nullable=False)  # a code the staff view translates
    # JSON text of [{"sender": "user" | "bot", "text": ...}, ...], oldest first.
    last_messages = Column(Text, nullable=False, default="[]", server_default="[]")
    voice_file_id = Column(String(255), nullable=True)  # Telegram's file_id of a voice note
    status = Column(String(16), nullable=False, default="open")
    created_at = Column(UTCDateTime, nullable=False)
    taken_by = Column(Integer, ForeignKey("staff_members.id"), nullable=True)
    taken_at = Column(UTCDateTime, nullable=True)
    closed_at = Column(UTCDateTime, nullable=True)


class StaffMember(Base):
    """A help-desk or ministry account of the staff web application."""

    __tablename__ = "staff_members"
    __table_args__ = (
        CheckConstraint("role IN ('agent', 'reviewer', 'editor', 'admin', 'adviser')", name="role"),
        CheckConstraint("language IN ('ar', 'fr')", name="language"),
    )

    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(16), nullable=False)
    language = Column(String(2), nullable=False, default="ar")
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False)


class LoginFailure(Base):
    """A failed sign-in, counted per account and per address to slow down password guessing."""

    __tablename__ = "login_failures"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False, index=True)
    address = Column(String(64), nullable=False, index=True)
    failed_at = Column(UTCDateTime, nullable=False, index=True)


class AuditEntry(Base):
    """What a staff member did that touches people or their data (a reveal, a take-over, a change)."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    staff_id = Column(Integer, ForeignKey("staff_members.id"), nullable=True, index=True)
    action = Column(String(64), nullable=False)
    target = Column(String(255), nullable=False)
    detail = Column(Text, nullable=False, default="", server_default="")
    at = Column(UTCDateTime, nullable=False, index=True)

    staff = relationship("StaffMember")


class ConversationSummary(Base):
    """One row per conversation, kept up to date from the tracker store's events for the inbox.

    Reading Rasa's whole event table for every page would not hold at 500,000 events; this row is
    what the inbox filters and sorts on. ``flags`` columns mirror what staff filter by.
    """

    __tablename__ = "conversation_summaries"

    sender_id = Column(String(255), primary_key=True)
    channel = Column(String(32), nullable=False, default="", server_default="")
    started_at = Column(UTCDateTime, nullable=False)
    last_at = Column(UTCDateTime, nullable=False, index=True)
    reply_language = Column(String(8), nullable=False, default="", server_default="")
    variety = Column(String(16), nullable=False, default="", server_default="")
    last_message = Column(Text, nullable=False, default="", server_default="")
    top_intent = Column(String(100), nullable=False, default="", server_default="", index=True)
    lowest_confidence = Column(Float, nullable=True, index=True)
    user_messages = Column(Integer, nullable=False, default=0, server_default="0")
    asked_person = Column(Boolean, nullable=False, default=False, server_default="0")
    fallback = Column(Boolean, nullable=False, default=False, server_default="0")
    unanswered = Column(Boolean, nullable=False, default=False, server_default="0")
    voice_note = Column(Boolean, nullable=False, default=False, server_default="0")
    form_abandoned = Column(Boolean, nullable=False, default=False, server_default="0")
    deleted = Column(Boolean, nullable=False, default=False, server_default="0")
    # Set while a person answers instead of the assistant (Rasa's pause event).
    paused = Column(Boolean, nullable=False, default=False, server_default="0")
    taken_by = Column(Integer, ForeignKey("staff_members.id"), nullable=True)
    # A lower-cased copy of every user text, for the inbox's text search.
    search_text = Column(Text, nullable=False, default="", server_default="")


class IndexMark(Base):
    """How far an indexer has read a stream (the tracker store's event ids)."""

    __tablename__ = "index_marks"

    name = Column(String(64), primary_key=True)
    last_id = Column(Integer, nullable=False, default=0)


class Correction(Base):
    """A reviewer's correction of what the NLU understood in one user message, for the next training."""

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("event_id", name="uq_corrections_event_id"),)

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    event_id = Column(Integer, nullable=False)  # the tracker store's event id of the user message
    text = Column(Text, nullable=False)
    variety = Column(String(16), nullable=False)
    predicted_intent = Column(String(100), nullable=True)
    intent = Column(String(100), nullable=False)
    # JSON text of [{"entity": ..., "value": ...}], what the message states.
    entities = Column(Text, nullable=False, default="[]", server_default="[]")
    created_by = Column(Integer, ForeignKey("staff_members.id"), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    exported_at = Column(UTCDateTime, nullable=True, index=True)


class TrainingExample(Base):
    """A message an editor filed under an existing intent, for the next training (like a correction)."""

    __tablename__ = "training_examples"

    id = Column(Integer, primary_key=True)
    text = Column(Text, nullable=False)
    variety = Column(String(16), nullable=False)
    intent = Column(String(100), nullable=False)
    source = Column(String(32), nullable=False)  # "unanswered"
    created_by = Column(String(255), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    exported_at = Column(UTCDateTime, nullable=True, index=True)


# --- announcements by editors (outreach/announcement_*.py) -----------------------------------------

# A subscription is active until the user stops it (the row is deleted) or blocks the bot (marked, never retried).
SUBSCRIPTION_STATUSES = ("active", "blocked")
# draft → scheduled (send_at) → sending (deliveries written) → done; a scheduled or sending one may be cancelled.
ANNOUNCEMENT_STATUSES = ("draft", "scheduled", "sending", "done", "cancelled")
# pending → claimed (just before the Bot API call) → sent | failed | blocked; skipped when the person stopped the
# news (or was forgotten) before their turn; unknown when the sender died between the claim and the outcome.
DELIVERY_STATUSES = ("pending", "claimed", "sent", "failed", "blocked", "skipped", "unknown")


class NewsSubscription(Base):
    """A Telegram chat that asked for the ministry's news, with what targets it (copied, not linked)."""

    __tablename__ = "news_subscriptions"
    __table_args__ = (CheckConstraint("status IN ('active', 'blocked')", name="status"),)

    chat_id = Column(String(64), primary_key=True)  # the Telegram chat id, as Rasa's sender id
    language = Column(String(8), nullable=False)
    region_code = Column(String(8), nullable=True, index=True)
    trade_code = Column(String(40), nullable=True, index=True)
    status = Column(String(16), nullable=False, default="active", server_default="active")
    subscribed_at = Column(UTCDateTime, nullable=False)
    updated_at = Column(UTCDateTime, nullable=False)
    blocked_at = Column(UTCDateTime, nullable=True)


class Announcement(Base):
    """A message editors send to the subscribers they target, in every reply language, sourced and dated
    like a content answer; the counters are the report (kept when deliveries are purged)."""

    __tablename__ = "announcements"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'scheduled', 'sending', 'done', 'cancelled')", name="status"),
    )

    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)  # for editors only
    status = Column(String(16), nullable=False, default="draft", server_default="draft", index=True)
    text_ar = Column(Text, nullable=False)
    text_ary = Column(Text, nullable=False)
    text_fr = Column(Text, nullable=False)
    source_ar = Column(Text, nullable=False)
    source_ary = Column(Text, nullable=False)
    source_fr = Column(Text, nullable=False)
    reference = Column(Text, nullable=False)
    verified_on = Column(Date, nullable=False)
    # JSON text lists of codes; an empty list targets everyone.
    regions = Column(Text, nullable=False, default="[]", server_default="[]")
    trades = Column(Text, nullable=False, default="[]", server_default="[]")
    languages = Column(Text, nullable=False, default="[]", server_default="[]")
    send_at = Column(UTCDateTime, nullable=True, index=True)
    created_by = Column(String(255), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    updated_by = Column(String(255), nullable=False)
    updated_at = Column(UTCDateTime, nullable=False)
    started_at = Column(UTCDateTime, nullable=True)
    finished_at = Column(UTCDateTime, nullable=True)
    recipients = Column(Integer, nullable=False, default=0, server_default="0")
    sent = Column(Integer, nullable=False, default=0, server_default="0")
    failed = Column(Integer, nullable=False, default=0, server_default="0")
    blocked = Column(Integer, nullable=False, default=0, server_default="0")
    skipped = Column(Integer, nullable=False, default=0, server_default="0")
    unknown = Column(Integer, nullable=False, default=0, server_default="0")
    first_sent_at = Column(UTCDateTime, nullable=True)
    last_sent_at = Column(UTCDateTime, nullable=True)


class AnnouncementDelivery(Base):
    """One recipient of one announcement, written when sending starts; claimed, sent and marked one by one."""

    __tablename__ = "announcement_deliveries"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'claimed', 'sent', 'failed', 'blocked', 'skipped', 'unknown')", name="status"
        ),
        UniqueConstraint("announcement_id", "chat_id", name="uq_announcement_deliveries_announcement_chat"),
    )

    id = Column(Integer, primary_key=True)
    announcement_id = Column(
        Integer, ForeignKey("announcements.id", ondelete="CASCADE"), nullable=False, index=True
    )
    chat_id = Column(String(64), nullable=False, index=True)
    language = Column(String(8), nullable=False)
    status = Column(String(16), nullable=False, default="pending", server_default="pending", index=True)
    attempts = Column(Integer, nullable=False, default=0, server_default="0")
    not_before = Column(UTCDateTime, nullable=True)  # a retry's earliest time (Telegram's retry_after)
    claimed_at = Column(UTCDateTime, nullable=True)
    claimed_by = Column(String(64), nullable=True)  # the sending process's run id
    done_at = Column(UTCDateTime, nullable=True)
    error = Column(Text, nullable=True)


class Reminder(Base):
    """A reminder about the next step of the path (RNA → card → AMO → financing, training, selling) that a
    Telegram user asked for; sent once by the scheduler (outreach.reminders), in the language of the time."""

    __tablename__ = "reminders"
    __table_args__ = (
        CheckConstraint("status IN (" + ", ".join(f"'{s}'" for s in REMINDER_STATUSES) + ")", name="status"),
    )

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(255), nullable=False, index=True)  # the conversation = the Telegram chat id
    language = Column(String(8), nullable=False)
    step = Column(String(32), nullable=False)  # the step the reminder is about (hirfa.artisan_path)
    due_at = Column(UTCDateTime, nullable=False, index=True)
    status = Column(String(16), nullable=False, default="pending", server_default="pending")
    created_at = Column(UTCDateTime, nullable=False)
    # Last change of status: what the purge goes by.
    updated_at = Column(UTCDateTime, nullable=False, index=True)
    claimed_at = Column(UTCDateTime, nullable=True)
    sent_at = Column(UTCDateTime, nullable=True)
    message_id = Column(Integer, nullable=True)
    last_error = Column(Text, nullable=True)


class OutreachLease(Base):
    """Who may send now: the one scheduler holding the lease until it expires (renewed every tick)."""

    __tablename__ = "outreach_leases"

    name = Column(String(64), primary_key=True)
    holder = Column(String(128), nullable=False)
    expires_at = Column(UTCDateTime, nullable=False)


class HandledUpdate(Base):
    """A message a client delivered with its own id (a Telegram update), handled once by the REST channel.

    ``key`` is a hash of the sender and the id, so the row names no one; ``answer`` (the replies, JSON)
    is kept for a few minutes only, for a repeat of the update after a bot restart (rasa_plugins.handled_updates).
    """

    __tablename__ = "handled_updates"

    key = Column(String(64), primary_key=True)
    created_at = Column(UTCDateTime, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False, index=True)
    answer = Column(Text, nullable=True)  # None while the first delivery is being handled
    answered_at = Column(UTCDateTime, nullable=True, index=True)


class ButtonPayload(Base):
    """A button's payload too long for Telegram's 64-byte callback data, under the short key sent instead."""

    __tablename__ = "button_payloads"

    key = Column(String(64), primary_key=True)
    payload = Column(Text, nullable=False)
    expires_at = Column(UTCDateTime, nullable=False, index=True)


class BotInboxUpdate(Base):
    """An update the polling bot took from Telegram: its body (sealed: it may hold personal data) until it is
    handled, so that a bot killed before answering answers it after its restart; then its id alone for a day,
    so that Telegram giving it again does not make it answered twice (bot/inbox.py)."""

    __tablename__ = "bot_inbox"

    bot_id = Column(BigInteger, primary_key=True, autoincrement=False)
    update_id = Column(BigInteger, primary_key=True, autoincrement=False)
    body = Column(SealedText, nullable=True)  # None once handled
    taken_at = Column(UTCDateTime, nullable=False)
    handled_at = Column(UTCDateTime, nullable=True, index=True)
