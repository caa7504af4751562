"""`pocplanner network init|id|add-peer|start|stop|publish|receive|status` (DOMAIN §14): the
mission network from the command line. Exit 0 done; 2 refused or failed (Syncthing missing:
how to install it)."""
from __future__ import annotations

import argparse
import json
import os
import sys

from pocplanner.cli.common import CommandError, library, passphrase
from pocplanner.i18n import tr

EXIT_OK = 0


def add_parser(sub, common, lang: str) -> None:
    net = sub.add_parser("network", parents=[common],
                         help=tr("the mission network: plans travel between the offices and "
                                 "HQ over Syncthing", lang))
    acts = net.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = acts.add_parser("init", parents=[common],
                           help=tr("set this laptop up on the network; prints its device id",
                                   lang))
    init.add_argument("--role", choices=["hq", "office"], required=True)
    init.add_argument("--name", required=True, help=tr("this laptop's name on the network", lang))
    init.add_argument("--listen", default="tcp://0.0.0.0:22000", metavar="tcp://HOST:PORT",
                      help=tr("where the peers reach this laptop", lang))
    init.add_argument("--api", default="127.0.0.1:8384", metavar="HOST:PORT",
                      help=tr("the engine's API, on this computer only", lang))
    init.add_argument("--network-passphrase-file", metavar="FILE",
                      help=tr("read the mission network passphrase from FILE (default: "
                              "$POCPLANNER_NETWORK_PASSPHRASE, else the database's)", lang))
    init.add_argument("--discovery", action="store_true",
                      help=tr("also use global discovery, relays and NAT traversal "
                              "(off by default)", lang))
    acts.add_parser("id", parents=[common], help=tr("print this laptop's device id", lang))
    peer = acts.add_parser("add-peer", parents=[common], help=tr("add a peer by its device id",
                                                                  lang))
    peer.add_argument("device_id", metavar="DEVICE_ID")
    peer.add_argument("--address", required=True, metavar="tcp://HOST:PORT")
    peer.add_argument("--name", required=True)
    acts.add_parser("start", parents=[common], help=tr("start the network engine", lang))
    acts.add_parser("stop", parents=[common], help=tr("stop the network engine", lang))
    pub = acts.add_parser("publish", parents=[common],
                          help=tr("send a plan's current version to the peers", lang))
    pub.add_argument("plan_id", metavar="PLAN_ID")
    rec = acts.add_parser("receive", parents=[common], help=tr("import what arrived", lang))
    rec.add_argument("--json", action="store_true", help=tr("print JSON", lang))
    rec.add_argument("--from", dest="sources", metavar="PATH", nargs="+", default=[],
                     help=tr("also read network files from these files or folders (a USB "
                             "stick)", lang))
    st = acts.add_parser("status", parents=[common], help=tr("the network's state", lang))
    st.add_argument("--json", action="store_true", help=tr("print JSON", lang))


def cmd_network(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.messages import UserError
    from pocplanner.services import network
    try:
        if not (args.action == "receive" and args.sources):
            network.find_syncthing()
        net = network.Network(library(args, lang))
        return ACTIONS[args.action](net, args, lang)
    except UserError as exc:
        raise CommandError(exc.text(lang)) from None


def _init(net, args, lang: str) -> int:
    secret = os.environ.get("POCPLANNER_NETWORK_PASSPHRASE") or None
    if secret is None and args.network_passphrase_file:
        secret = passphrase(args, lang, "network_passphrase_file", "-")
    secret = secret or passphrase(args, lang)
    if not secret:
        raise CommandError(tr("Give the mission network passphrase: set "
                              "POCPLANNER_NETWORK_PASSPHRASE or give "
                              "--network-passphrase-file FILE.", lang))
    print(net.init(args.role, args.name, secret, args.listen, args.api, args.discovery))
    return EXIT_OK


def _id(net, args, lang: str) -> int:
    print(net.require()["device_id"])
    return EXIT_OK


def _add_peer(net, args, lang: str) -> int:
    net.add_peer(args.device_id, args.address, args.name)
    print(tr("Added {name} ({id}).", lang, name=args.name, id=args.device_id.upper()),
          file=sys.stderr)
    return EXIT_OK


def _start(net, args, lang: str) -> int:
    started = net.start()
    print(tr("The network engine is running.", lang) if started else
          tr("The network engine was already running.", lang), file=sys.stderr)
    return EXIT_OK


def _stop(net, args, lang: str) -> int:
    print(tr("The network engine stopped.", lang) if net.stop() else
          tr("The network engine was not running.", lang), file=sys.stderr)
    return EXIT_OK


def _publish(net, args, lang: str) -> int:
    from pocplanner.services.network import publish
    files = publish(net, args.plan_id)
    print(tr("Published {id} ({n} file(s)).", lang, id=args.plan_id, n=len(files)) if files
          else tr("Nothing new to publish for {id}.", lang, id=args.plan_id), file=sys.stderr)
    return EXIT_OK


def _receive(net, args, lang: str) -> int:
    from pathlib import Path

    from pocplanner.services.network import receive
    result = receive(net, [Path(p) for p in args.sources])
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(tr("{n} file(s) read: {plans} new plan(s), {versions} new version(s), {forks} "
             "fork(s), {refused} refused.", lang, n=result.received,
             plans=len(result.new_plans), versions=len(result.new_versions),
             forks=len(result.forks), refused=len(result.refused)))
    for f in result.forks:
        print(tr("Fork: {id} version {version} kept as {stored}.", lang, id=f["plan_id"],
                 version=f["version"], stored=f["stored_as"]))
    for r in result.refused:
        print(tr("Refused: {file} ({reason}).", lang, file=r["file"], reason=r["reason"]))
    return EXIT_OK


def _status(net, args, lang: str) -> int:
    from pocplanner.services.network.status import status
    s = status(net)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{s['name']} ({s['role']})  {s['device_id']}")
    print(tr("Engine running.", lang) if s["running"] else tr("Engine stopped.", lang))
    for p in s["peers"]:
        state = tr("connected", lang) if p["connected"] else tr("not connected", lang)
        print(f"  {p['name']}  {p['device_id']}  {state}  {p['last_seen'] or '—'}")
    print(tr("Files waiting to go out: {out}; arrived and not read: {inbox}.", lang,
             out="?" if s["outbox_pending"] is None else s["outbox_pending"],
             inbox=s["inbox_waiting"]))
    for r in s["refused"]:
        print(tr("Refused: {file} ({reason}).", lang, file=r["file"], reason=r["reason"]))
    return EXIT_OK


ACTIONS = {"init": _init, "id": _id, "add-peer": _add_peer, "start": _start, "stop": _stop,
           "publish": _publish, "receive": _receive, "status": _status}
