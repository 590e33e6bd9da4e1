"""A fast SMTP sink for the reminder benchmark (ReminderBenchmark): accepts every mail and counts the SMTP
transactions and the distinct Message-IDs, written as JSON to a file every second, so that the benchmark measures the
application rather than GreenMail. Needs Debian's python3-aiosmtpd.

Usage: /usr/bin/python3 smtp-sink.py 2526 /tmp/sink.json
"""
import asyncio, json, sys, signal
from aiosmtpd.controller import Controller

class Counter:
    def __init__(self):
        self.ids = {}
    async def handle_DATA(self, server, session, envelope):
        mid = None
        for line in envelope.content.split(b"\r\n"):
            if not line:
                break
            if line.lower().startswith(b"message-id:"):
                mid = line.split(b":", 1)[1].strip().decode()
        self.ids[mid] = self.ids.get(mid, 0) + 1
        return "250 OK"

port, out = int(sys.argv[1]), sys.argv[2]
handler = Counter()
ctl = Controller(handler, hostname="127.0.0.1", port=port)
ctl.start()
def dump(*_):
    with open(out, "w") as f:
        json.dump({"distinct": len(handler.ids), "transactions": sum(handler.ids.values()),
                   "repeated": sum(1 for v in handler.ids.values() if v > 1)}, f)
async def main():
    while True:
        dump()
        await asyncio.sleep(1)
try:
    asyncio.run(main())
finally:
    ctl.stop()
