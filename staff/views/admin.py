"""The administrator's page: staff accounts, their roles, and who may sign in."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry.errors import InvalidValue
from registry.types import utc_now
from staff import accounts, audit
from staff.forms import MemberForm, NewMemberForm
from staff.permissions import requires
from staff.services import services

blueprint = Blueprint("admin", __name__, url_prefix="/admin")


@blueprint.route("/staff", methods=["GET", "POST"])
@requires("manage_staff")
def staff():
    form = NewMemberForm()
    status = 200
    if form.validate_on_submit():
        try:
            with services().registry.session() as session:
                member = accounts.add_member(
                    session, form.email.data, form.password.data, form.role.data, form.language.data, at=utc_now()
                )
                audit.record(session, current_user.id, "add_staff", member.email, member.role)
        except InvalidValue as error:
            flash(_("The account was not created: %(reason)s", reason=str(error)), "danger")
            status = 400
        else:
            flash(_("Account created for %(email)s.", email=member.email), "success")
            return redirect(url_for("admin.staff"))
    elif form.errors:
        status = 400
    with services().registry.session() as session:
        rows = accounts.members(session)
    forms = {row.id: MemberForm(prefix=f"m{row.id}", role=row.role, active=row.active) for row in rows}
    return render_template("admin/staff.html", form=form, members=rows, forms=forms), status


@blueprint.route("/staff/<int:member_id>", methods=["POST"])
@requires("manage_staff")
def change(member_id: int):
    form = MemberForm(prefix=f"m{member_id}")
    if not form.validate_on_submit():
        abort(400)
    if member_id == current_user.id and (form.role.data != "admin" or not form.active.data):
        # The last door must stay open: an administrator cannot lock themself out.
        flash(_("You cannot remove your own administrator access."), "danger")
        return redirect(url_for("admin.staff"))
    try:
        with services().registry.session() as session:
            member = accounts.change(session, member_id, role=form.role.data, active=form.active.data)
            audit.record(
                session, current_user.id, "change_staff", member.email, f"role={member.role} active={member.active}"
            )
    except InvalidValue:
        abort(404)
    flash(_("Account %(email)s updated.", email=member.email), "success")
    return redirect(url_for("admin.staff"))
