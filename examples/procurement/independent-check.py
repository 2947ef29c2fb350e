"""The worked figures in README.md, calculated without the engine.

Reads the example files and works every figure with Python's exact fractions
(no decimal.js, no code from this repository), so that the engine can be
checked against an independent calculation:

    python3 examples/procurement/independent-check.py            # the figures
    python3 examples/procurement/independent-check.py --json     # exact, for a test
"""

import csv
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).parent
PRICE_YEAR = 2025


def load(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def exact(value):
    # Numbers as written in the file (12.21 is twelve pounds twenty-one, not its double).
    return Fraction(str(value))


def read_index():
    with open(HERE / "gdp-deflator.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    start = next(i for i, row in enumerate(rows) if row[:2] == ["Year", "Index"])
    return {int(row[0]): exact(row[1]) for row in rows[start + 1 :] if row and row[0]}


INDEX = read_index()
CATALOGUE = {m["code"]: m for m in load("catalogue.json")["measures"]}


def price(code):
    """A measure's proxy in PRICE_YEAR prices: proxy x index(to) / index(from)."""
    measure = CATALOGUE[code]
    return exact(measure["proxy"]) * INDEX[PRICE_YEAR] / INDEX[measure["priceYear"]]


def tender():
    t = load("tender.json")
    weights = {k: exact(v) for k, v in t["weights"].items()}
    bids = t["bids"]
    offers = {b["bidder"]: sum(exact(c["quantity"]) * price(c["code"]) for c in b["commitments"]) for b in bids}
    lowest = min(exact(b["price"]) for b in bids)
    highest_offer = max(offers.values())
    scored = []
    for b in bids:
        bid_price = exact(b["price"])
        points = {
            "price": lowest / bid_price * weights["price"],
            "quality": exact(b["quality"]) / 100 * weights["quality"],
            "socialValue": offers[b["bidder"]] / highest_offer * weights["socialValue"] if highest_offer else 0,
        }
        points["total"] = points["price"] + points["quality"] + points["socialValue"]
        scored.append(
            {
                "bidder": b["bidder"],
                "socialValue": offers[b["bidder"]],
                "socialValuePerPound": offers[b["bidder"]] / bid_price,
                "points": points,
            }
        )
    ranking = [s["bidder"] for s in sorted(scored, key=lambda s: -s["points"]["total"])]
    return {"bids": scored, "ranking": ranking}


def monitoring():
    c = load("contract.json")
    committed, delivered, periods = {}, {}, {}
    for item in c["commitments"]:
        committed[item["code"]] = committed.get(item["code"], 0) + exact(item["quantity"])
    for item in c["deliveries"]:
        quantity = exact(item["quantity"])
        delivered[item["code"]] = delivered.get(item["code"], 0) + quantity
        periods[item["period"]] = periods.get(item["period"], 0) + quantity * price(item["code"])
    measures = []
    for code in committed:
        proxy = price(code)
        shortfall = max(committed[code] - delivered.get(code, 0), 0)
        measures.append(
            {
                "code": code,
                "domain": CATALOGUE[code]["domain"],
                "committedValue": committed[code] * proxy,
                "deliveredValue": delivered.get(code, 0) * proxy,
                "delivered": delivered.get(code, 0) / committed[code],
                "shortfallQuantity": shortfall,
                "shortfallValue": shortfall * proxy,
            }
        )

    def totals(group):
        committed_value = sum(m["committedValue"] for m in group)
        delivered_value = sum(m["deliveredValue"] for m in group)
        return {
            "committedValue": committed_value,
            "deliveredValue": delivered_value,
            "delivered": delivered_value / committed_value,
            "shortfallValue": sum(m["shortfallValue"] for m in group),
        }

    domains = {
        d: totals([m for m in measures if m["domain"] == d]) for d in ("economic", "social", "environmental")
    }
    cumulative, period_rows = Fraction(0), []
    for period, value in periods.items():
        cumulative += value
        period_rows.append({"period": period, "deliveredValue": value, "cumulativeValue": cumulative})
    return {"measures": measures, "domains": domains, "periods": period_rows, "totals": totals(measures)}


def sroi(name):
    """Present value by METHOD.md: impact x (1 - drop-off)^(k-1), discounted at the end of each year."""
    e = load(name)
    rate = exact(e["discount"]["rate"])
    outcomes = {}
    for o in e["outcomes"]:
        proxy = price(o["proxy"]["measure"]) if "measure" in o["proxy"] else exact(o["proxy"]["value"])
        share = lambda key: exact(o.get(key, 0))
        impact = exact(o["quantity"]) * proxy * (1 - share("deadweight")) * (1 - share("displacement"))
        impact *= 1 - share("attribution")
        start = o.get("startYear", 1)
        value = sum(
            impact * (1 - share("dropOff")) ** k / (1 + rate) ** (start + k) for k in range(o["duration"])
        )
        outcomes[o["id"]] = {"impact": impact, "presentValue": value}
    inputs = sum(exact(i["amount"]) / (1 + rate) ** i.get("year", 0) for i in e["inputs"])
    present_value = sum(o["presentValue"] for o in outcomes.values())
    return {
        "outcomes": outcomes,
        "presentValue": present_value,
        "inputsPresentValue": inputs,
        "ratio": present_value / inputs,
    }


def figures():
    return {
        "proxies": {code: price(code) for code in CATALOGUE},
        "tender": tender(),
        "monitoring": monitoring(),
        "forecast": sroi("forecast.json"),
        "evaluative": sroi("evaluative.json"),
    }


def as_text(value, places=30):
    """A fraction as a decimal string, exact when it terminates, else to `places` places."""
    if isinstance(value, dict):
        return {k: as_text(v, places) for k, v in value.items()}
    if isinstance(value, list):
        return [as_text(v, places) for v in value]
    if not isinstance(value, (Fraction, int)):
        return value
    value = Fraction(value)
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, rest = divmod(value.numerator, value.denominator)
    digits = []
    for _ in range(places):
        if rest == 0:
            break
        rest *= 10
        digit, rest = divmod(rest, value.denominator)
        digits.append(str(digit))
    return sign + str(whole) + ("." + "".join(digits) if digits else "")


def rounded(value, places=2):
    """Rounded half up, as the engine shows figures (a float would round 53,448.325 down)."""
    half_up = Decimal(as_text(value, places + 5)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{half_up:,}"


if __name__ == "__main__":
    result = figures()
    if "--json" in sys.argv:
        print(json.dumps(as_text(result), indent=2))
        sys.exit(0)
    print("Proxies in 2025 prices")
    for code, value in result["proxies"].items():
        print(f"  {code}: {as_text(value, 10)}")
    print("Tender")
    for bid in result["tender"]["bids"]:
        p = bid["points"]
        print(
            f"  {bid['bidder']}: offer £{rounded(bid['socialValue'])}, "
            f"price {rounded(p['price'], 4)}, quality {rounded(p['quality'], 4)}, "
            f"social value {rounded(p['socialValue'], 4)}, total {rounded(p['total'], 4)}, "
            f"per £1 {rounded(bid['socialValuePerPound'], 4)}"
        )
    print("  ranking:", ", ".join(result["tender"]["ranking"]))
    print("Monitoring")
    for m in result["monitoring"]["measures"]:
        print(
            f"  {m['code']}: committed £{rounded(m['committedValue'])}, delivered £{rounded(m['deliveredValue'])}"
            f" ({rounded(m['delivered'] * 100, 1)}%), shortfall £{rounded(m['shortfallValue'])}"
        )
    for domain, t in result["monitoring"]["domains"].items():
        print(
            f"  {domain}: committed £{rounded(t['committedValue'])}, delivered £{rounded(t['deliveredValue'])}"
            f" ({rounded(t['delivered'] * 100, 1)}%), shortfall £{rounded(t['shortfallValue'])}"
        )
    t = result["monitoring"]["totals"]
    print(
        f"  total: committed £{rounded(t['committedValue'])}, delivered £{rounded(t['deliveredValue'])}"
        f" ({rounded(t['delivered'] * 100, 1)}%), shortfall £{rounded(t['shortfallValue'])}"
    )
    for row in result["monitoring"]["periods"]:
        print(f"  {row['period']}: £{rounded(row['deliveredValue'])}, to date £{rounded(row['cumulativeValue'])}")
    for name in ("forecast", "evaluative"):
        s = result[name]
        print(f"{name.capitalize()} SROI: present value £{rounded(s['presentValue'])}, ratio {rounded(s['ratio'], 4)}")
        for outcome, o in s["outcomes"].items():
            print(f"  {outcome}: impact £{rounded(o['impact'])}, present value £{rounded(o['presentValue'])}")
