"""Signing in and out."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from registry.types import utc_now
from staff import accounts
from staff.accounts import Member
from staff.forms import ActionForm, SignInForm
from staff.services import services

blueprint = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    # Only a path of this site: an absolute address would send a signed-in member elsewhere.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("home")


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("home"))
    form = SignInForm()
    status = 200
    if form.validate_on_submit():
        with services().registry.session() as session:
            outcome = accounts.sign_in(
                session, form.email.data, form.password.data, request.remote_addr or "", utc_now()
            )
            member = Member.of(outcome.member) if outcome.member else None
        if member is not None:
            login_user(member)
            return redirect(_safe_next(request.args.get("next")))
        status = 429 if outcome.refused == "throttled" else 401
        if outcome.refused == "throttled":
            flash(_("Too many failed attempts. Wait 15 minutes and try again."), "danger")
        else:
            flash(_("Wrong e-mail or password, or the account is disabled."), "danger")
    elif request.method == "POST":
        status = 400
    return render_template("login.html", form=form), status


@blueprint.route("/logout", methods=["POST"])
def logout():
    if ActionForm().validate_on_submit():
        logout_user()
    return redirect(url_for("auth.login"))
