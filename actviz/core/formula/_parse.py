"""From checked text to a SymPy expression, through an allowlist of Python syntax nodes.

Nothing the user typed is ever evaluated: :func:`ast.parse` only reads the text, the tree is
walked here node by node, and each allowed node is turned into a SymPy object by calling that
object's constructor directly. Any node type not named below is refused with its column.
"""

from __future__ import annotations

import ast
import difflib
import io
import math
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sympy

from actviz.core.activation import Activation, Param
from actviz.core.formula._errors import FormulaError
from actviz.core.formula._functions import (
    Clip,
    Erfc,
    Expm1,
    Log1p,
    Max2,
    Min2,
    Sigmoid,
    Softplus,
    Tanh,
    catalog_class,
)
from actviz.core.formula._text import Prepared
from actviz.core.registry import get, names

MAX_NODES = 250
MAX_DEPTH = 60
MAX_PARAMS = 12
MAX_NAME = 32
MAX_EXPONENT = 1000
# Numbers, typed or folded from constants, stay within float64 with room to spare.
MAX_MAGNITUDE = 1e300

X = sympy.Symbol("x", real=True)
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CONSTANTS = {"pi": sympy.pi, "e": sympy.E}
RESERVED = {"inf", "nan", "infinity", "oo"}
# Names that read as a maths function but take a catalog entry when given keywords.
CATALOG_WITH_KEYWORDS = {"softplus"}

Expr = Any  # SymPy has no type hints


@dataclass
class Parsed:
    """A formula read into SymPy, with what the rest of the build needs to know about it."""

    expr: Expr
    params: list[str] = field(default_factory=list)  # in order of first appearance
    # Catalog parameters each formula parameter is passed to directly (alpha=a gives a's range).
    hints: dict[str, list[Param]] = field(default_factory=dict)
    # (catalog function, its keyword expressions) for validating parameters at run time.
    calls: list[tuple[Activation, dict[str, Expr]]] = field(default_factory=list)
    features: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Spec:
    arity: tuple[int, int | None]  # min, max (None: any number)
    build: Callable[[list[Expr], _Call], Expr]
    usage: str


@dataclass(frozen=True)
class _Call:
    """What a builder may need besides its arguments: columns for its errors."""

    reader: _Reader
    node: ast.Call

    def fail(self, reason: str, arg: int | None = None) -> FormulaError:
        where = self.node.args[arg] if arg is not None and arg < len(self.node.args) else self.node
        return self.reader.error(reason, where)


def _one(fn: Callable[[Expr], Expr]) -> Callable[[list[Expr], _Call], Expr]:
    return lambda args, call: fn(args[0])


def _log(args: list[Expr], call: _Call) -> Expr:
    if len(args) == 1:
        return sympy.log(args[0])
    return sympy.log(args[0]) / sympy.log(args[1])


def _no_x(call: _Call, what: str, args: list[Expr], indices: range) -> None:
    for i in indices:
        if args[i].has(X):
            raise call.fail(f"{what} must not depend on x", i)


def _heaviside(args: list[Expr], call: _Call) -> Expr:
    call.reader.features.add("heaviside")
    h0 = args[1] if len(args) > 1 else sympy.S.One
    _no_x(call, "the value at 0 of heaviside", args, range(1, len(args)))
    return sympy.Heaviside(args[0], h0)


def _fold(cls: Any, feature: str) -> Callable[[list[Expr], _Call], Expr]:
    def build(args: list[Expr], call: _Call) -> Expr:
        call.reader.features.add(feature)
        out = args[0]
        for a in args[1:]:
            out = cls(out, a)
        return out

    return build


def _relu(args: list[Expr], call: _Call) -> Expr:
    call.reader.features.add("max")
    return Max2(sympy.S.Zero, args[0])


def _clip(args: list[Expr], call: _Call) -> Expr:
    call.reader.features.add("clip")
    _no_x(call, "the bounds of clip", args, range(1, 3))
    lo, hi = args[1], args[2]
    if lo.is_Number and hi.is_Number and lo > hi:
        raise call.fail(f"clip needs lo ≤ hi, got lo = {lo} > hi = {hi}", 1)
    return Clip(*args)


def _abs(args: list[Expr], call: _Call) -> Expr:
    call.reader.features.add("abs")
    return sympy.Abs(args[0])


def _sign(args: list[Expr], call: _Call) -> Expr:
    call.reader.features.add("sign")
    return sympy.sign(args[0])


FUNCTIONS: dict[str, _Spec] = {
    "exp": _Spec((1, 1), _one(sympy.exp), "exp(u)"),
    "log": _Spec((1, 2), _log, "log(u) or log(u, base)"),
    "log1p": _Spec((1, 1), _one(Log1p), "log1p(u)"),
    "expm1": _Spec((1, 1), _one(Expm1), "expm1(u)"),
    "sqrt": _Spec((1, 1), _one(sympy.sqrt), "sqrt(u)"),
    "abs": _Spec((1, 1), _abs, "abs(u)"),
    "sign": _Spec((1, 1), _sign, "sign(u)"),
    "sin": _Spec((1, 1), _one(sympy.sin), "sin(u)"),
    "cos": _Spec((1, 1), _one(sympy.cos), "cos(u)"),
    "tan": _Spec((1, 1), _one(sympy.tan), "tan(u)"),
    "arctan": _Spec((1, 1), _one(sympy.atan), "arctan(u)"),
    "atan": _Spec((1, 1), _one(sympy.atan), "atan(u)"),
    "sinh": _Spec((1, 1), _one(sympy.sinh), "sinh(u)"),
    "cosh": _Spec((1, 1), _one(sympy.cosh), "cosh(u)"),
    "tanh": _Spec((1, 1), _one(Tanh), "tanh(u)"),
    "erf": _Spec((1, 1), _one(sympy.erf), "erf(u)"),
    "erfc": _Spec((1, 1), _one(Erfc), "erfc(u)"),
    "sigmoid": _Spec((1, 1), _one(Sigmoid), "sigmoid(u)"),
    "softplus": _Spec((1, 1), _one(Softplus), "softplus(u)"),
    "relu": _Spec((1, 1), _relu, "relu(u)"),
    "heaviside": _Spec((1, 2), _heaviside, "heaviside(u) or heaviside(u, value_at_0)"),
    "min": _Spec((2, None), _fold(Min2, "min"), "min(a, b, ...)"),
    "max": _Spec((2, None), _fold(Max2, "max"), "max(a, b, ...)"),
    "clip": _Spec((3, 3), _clip, "clip(u, lo, hi)"),
}
# where and piecewise take conditions, so the reader builds them itself.
CONDITIONAL = {"where": "where(condition, value_if_true, value_if_false)",
               "piecewise": "piecewise(cond1, value1, cond2, value2, ..., value_otherwise)"}  # fmt: skip

_NODE_WORDS: dict[type, str] = {
    ast.Attribute: "attributes (a.b)",
    ast.Subscript: "indexing (a[...])",
    ast.Lambda: "lambda",
    ast.ListComp: "comprehensions",
    ast.SetComp: "comprehensions",
    ast.DictComp: "comprehensions",
    ast.GeneratorExp: "comprehensions",
    ast.Tuple: "tuples (commas only separate function arguments)",
    ast.List: "lists",
    ast.Dict: "dictionaries",
    ast.Set: "sets",
    ast.IfExp: "'a if c else b' (write where(c, a, b))",
    ast.JoinedStr: "f-strings",
    ast.NamedExpr: "assignments (:=)",
    ast.Starred: "* and ** unpacking",
    ast.Await: "await",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
    ast.Slice: "slices",
}
_BINOPS: dict[type, Callable[[Expr, Expr], Expr]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}
_OPERATOR_WORDS: dict[type, str] = {
    ast.FloorDiv: "'//' (use /)",
    ast.Mod: "'%'",
    ast.MatMult: "'@'",
    ast.LShift: "'<<'",
    ast.RShift: "'>>'",
    ast.BitXor: "xor",
    ast.BitAnd: "'&' outside a condition",
    ast.BitOr: "'|' outside a condition",
    ast.Invert: "'~' outside a condition",
    ast.Not: "'not' outside a condition",
}
_COMPARE: dict[type, Callable[[Expr, Expr], Expr]] = {
    ast.Lt: sympy.StrictLessThan,
    ast.LtE: sympy.LessThan,
    ast.Gt: sympy.StrictGreaterThan,
    ast.GtE: sympy.GreaterThan,
    ast.Eq: sympy.Eq,
    ast.NotEq: sympy.Ne,
}

ALLOWED_SUMMARY = (
    "numbers, x, parameter names, pi, e, + - * / ^ (or **), and calls of the listed functions; "
    "comparisons only inside where(...) and piecewise(...)"
)


def function_names() -> list[str]:
    """Every name a formula may call: the maths functions, where/piecewise, then catalog ids."""
    own = [*FUNCTIONS, *CONDITIONAL]
    return own + [n for n in names() if n not in own]


def parse(prepared: Prepared) -> Parsed:
    """Read a prepared formula into SymPy; :class:`FormulaError` with a column if refused."""
    try:
        tree = ast.parse(prepared.python, mode="eval")
    except SyntaxError as e:
        raise _syntax_error(e, prepared) from None
    except (RecursionError, MemoryError):
        raise FormulaError("the formula is nested too deeply to read") from None
    _check_size(tree, prepared)
    reader = _Reader(prepared)
    expr = reader.value(tree.body)
    if len(reader.params) > MAX_PARAMS:
        raise FormulaError(
            f"the formula has {len(reader.params)} parameters ({', '.join(reader.params)}); "
            f"at most {MAX_PARAMS} are allowed"
        )
    present = {s.name for s in expr.free_symbols}
    params = [p for p in reader.params if p in present]
    return Parsed(
        expr,
        params,
        {k: v for k, v in reader.hints.items() if k in present},
        reader.calls,
        reader.features,
    )


def _syntax_error(e: SyntaxError, prepared: Prepared) -> FormulaError:
    msg = (e.msg or "invalid syntax").split(". Perhaps")[0].split(". Maybe")[0]
    if "'='" in msg or "assign" in msg or "keyword argument" in msg or "expression cannot contain" in msg:
        reason = "'=' only names a catalog parameter, e.g. elu(x, alpha=0.5); compare with == inside where(...)"
        return FormulaError(reason, prepared.column((e.offset or 1) - 1))
    # Python points at the end of the text (offset 0) when a formula stops half-way, and says
    # only "invalid syntax" for two operators in a row: the tokens say what is actually wrong.
    found = _misplaced_token(prepared)
    if found is not None:
        return FormulaError(*found)
    if msg.startswith("invalid syntax"):
        reason = "cannot read the formula here: an operator, a number or a bracket is missing or out of place"
    else:
        reason = f"cannot read the formula here: {msg}"
    return FormulaError(reason, prepared.column(max(0, (e.offset or len(prepared.python)) - 1)))


# Tokens that join two operands; '+', '-', '~' and 'not' may also start one.
_JOINING = {"+", "-", "*", "/", "**", "//", "%", "@", "<", "<=", ">", ">=", "==", "!=", "&", "|", "=", ",",
            "and", "or", "not", "~"}  # fmt: skip
_PREFIX = {"+", "-", "~", "not"}


def _misplaced_token(prepared: Prepared) -> tuple[str, int | None] | None:
    """(reason, column) for a formula that ends after an operator, starts with one, has two
    in a row or two numbers in a row; None if it is none of these."""
    tokens: list[tuple[int, str, int]] = []  # (type, text, offset)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(prepared.python).readline):
            if tok.type in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT):
                continue
            tokens.append((tok.type, tok.string, tok.start[1]))
    except (tokenize.TokenError, SyntaxError):
        pass  # a partial list still tells where an operator stands

    def typed(i: int) -> str:
        _, text, offset = tokens[i]
        first, last = prepared.column(offset), prepared.column(offset + len(text) - 1)
        assert first is not None and last is not None
        return prepared.typed[first - 1 : last]

    def column(i: int) -> int | None:
        return prepared.column(tokens[i][2])

    if not tokens:
        return None
    if tokens[-1][1] in _JOINING and tokens[-1][1] != ",":
        return f"the formula ends after '{typed(-1)}': something is missing after it", column(-1)
    if tokens[0][1] in _JOINING and tokens[0][1] not in _PREFIX:
        return f"the formula starts with '{typed(0)}': something is missing before it", column(0)
    for i in range(1, len(tokens)):
        (kind_a, a, _), (kind_b, b, _) = tokens[i - 1], tokens[i]
        if b in _JOINING and b not in _PREFIX:
            if a in ("(", ","):
                return f"something is missing before '{typed(i)}'", column(i)
            if a in _JOINING:
                return f"something is missing between '{typed(i - 1)}' and '{typed(i)}'", column(i)
        if b == ")" and a in _JOINING and a != ",":
            return f"something is missing after '{typed(i - 1)}'", column(i - 1)
        if kind_a == kind_b == tokenize.NUMBER:
            return "two numbers in a row: put an operator such as * between them", column(i)
    return None


def _check_size(tree: ast.Expression, prepared: Prepared) -> None:
    count = 0
    stack: list[tuple[ast.AST, int]] = [(tree.body, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, ast.expr):
            count += 1
        if depth > MAX_DEPTH:
            col = getattr(node, "col_offset", None)
            raise FormulaError(f"the formula is nested more than {MAX_DEPTH} levels deep", prepared.column(col))
        if count > MAX_NODES:
            raise FormulaError(f"the formula has more than {MAX_NODES} parts; simplify it")
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                stack.append((child, depth + 1))
            elif isinstance(child, (ast.keyword, ast.comprehension)):
                stack.append((child, depth))  # holders of expressions, not a level of their own


class _Reader:
    """Walks the allowed subset of Python's expression syntax into SymPy."""

    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.params: list[str] = []
        self.hints: dict[str, list[Param]] = {}
        self.calls: list[tuple[Activation, dict[str, Expr]]] = []
        self.features: set[str] = set()

    def error(self, reason: str, node: ast.AST) -> FormulaError:
        return FormulaError(reason, self.prepared.column(getattr(node, "col_offset", None)))

    # -- values -----------------------------------------------------------------------------
    def value(self, node: ast.AST) -> Expr:
        """A real-valued expression (no comparisons)."""
        out = self._value(node)
        self._check_number(out, node)
        return out

    def _value(self, node: ast.AST) -> Expr:
        if isinstance(node, ast.Constant):
            return self._number(node)
        if isinstance(node, ast.Name):
            return self._name(node)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.USub):
                return -self.value(node.operand)
            if isinstance(node.op, ast.UAdd):
                return self.value(node.operand)
            raise self.error(f"{_OPERATOR_WORDS[type(node.op)]} is not allowed", node)
        if isinstance(node, ast.BinOp):
            return self._binop(node)
        if isinstance(node, ast.Call):
            return self._call(node)
        if isinstance(node, (ast.Compare, ast.BoolOp)):
            raise self.error(
                "comparisons and and/or are allowed only as the condition of where(...) or piecewise(...)", node
            )
        raise self.error(f"not allowed here: {_NODE_WORDS.get(type(node), type(node).__name__)}; allowed: "
                         f"{ALLOWED_SUMMARY}", node)  # fmt: skip

    def _number(self, node: ast.Constant) -> Expr:
        v = node.value
        if isinstance(v, bool) or v is None or v is Ellipsis:
            raise self.error(f"{v!r} is not a number; a formula uses numbers, x and parameters", node)
        if isinstance(v, str):
            raise self.error("text in quotes is allowed only as a choice of a catalog function, "
                             "e.g. gelu(x, approximate='tanh')", node)  # fmt: skip
        if isinstance(v, complex):
            raise self.error("complex numbers are not allowed", node)
        if isinstance(v, int):
            if v > MAX_MAGNITUDE:
                raise self.error(f"numbers must stay within ±{MAX_MAGNITUDE:g}", node)
            return sympy.Integer(v)
        if isinstance(v, float):
            if not math.isfinite(v) or abs(v) > MAX_MAGNITUDE:
                raise self.error(f"numbers must stay within ±{MAX_MAGNITUDE:g}", node)
            return sympy.Float(v)
        raise self.error(f"{type(v).__name__} constants are not allowed", node)

    def _name(self, node: ast.Name) -> Expr:
        name = node.id
        if name == "x":
            return X
        if name in CONSTANTS:
            return CONSTANTS[name]
        if name in FUNCTIONS or name in CONDITIONAL:
            raise self.error(f"{name} is a function: write {name}(...)", node)
        if name in RESERVED:
            raise self.error(f"{name} is not allowed: formulas use finite numbers", node)
        self._check_param_name(name, node)
        if name not in self.params:
            self.params.append(name)
        return sympy.Symbol(name, real=True)

    def _check_param_name(self, name: str, node: ast.AST) -> None:
        # Checked here, before the name becomes anything: the allowlist for parameter names.
        if not NAME_RE.match(name) or "__" in name:
            raise self.error(f"{name!r} is not a valid parameter name (letters, digits and _)", node)
        if len(name) > MAX_NAME:
            raise self.error(f"parameter names are at most {MAX_NAME} characters long", node)

    def _binop(self, node: ast.BinOp) -> Expr:
        op = type(node.op)
        if op is ast.Pow:
            return self._power(node)
        if op not in _BINOPS:
            raise self.error(f"{_OPERATOR_WORDS.get(op, op.__name__)} is not allowed; use + - * / ^", node)
        left, right = self.value(node.left), self.value(node.right)
        if op is ast.Div and right.is_zero:
            raise self.error("division by zero", node)
        return _BINOPS[op](left, right)

    def _power(self, node: ast.BinOp) -> Expr:
        base, exponent = self.value(node.left), self.value(node.right)
        if exponent.is_Number:
            p = float(exponent)
            if base.is_Number:
                b = float(base)
                if b == 0 and p < 0:
                    raise self.error("0 to a negative power is undefined", node)
                if b != 0 and abs(p) * abs(math.log10(abs(b))) > math.log10(MAX_MAGNITUDE):
                    raise self.error(f"{base}^{exponent} is too large: numbers must stay within ±{MAX_MAGNITUDE:g}",
                                     node)  # fmt: skip
            elif abs(p) > MAX_EXPONENT:
                raise self.error(f"the exponent {exponent} is too large; at most ±{MAX_EXPONENT} is allowed", node)
        return sympy.Pow(base, exponent)

    def _check_number(self, expr: Expr, node: ast.AST) -> None:
        """Refuse constants SymPy folded into something that is not a finite real number."""
        if expr.has(sympy.zoo):
            raise self.error("division by zero", node)
        if expr.has(sympy.I):
            raise self.error("this is not a real number (e.g. the log or root of a negative constant)", node)
        if expr.has(sympy.nan) or expr.has(sympy.oo) or expr.has(-sympy.oo):
            raise self.error("this is undefined or infinite", node)
        if expr.is_Number:
            try:
                v = float(expr)
            except (OverflowError, TypeError):
                v = math.inf
            if not abs(v) <= MAX_MAGNITUDE:
                raise self.error(f"numbers must stay within ±{MAX_MAGNITUDE:g}", node)

    # -- calls ------------------------------------------------------------------------------
    def _call(self, node: ast.Call) -> Expr:
        func = node.func
        if not isinstance(func, ast.Name):
            if isinstance(func, ast.Attribute):
                raise self.error("attributes (a.b) are not allowed", func)
            raise self.error("only named functions can be called; for multiplication write (...)*(...)", node)
        name = func.id
        for a in node.args:
            if isinstance(a, ast.Starred):
                raise self.error("* unpacking is not allowed", a)
        for k in node.keywords:
            if k.arg is None:
                raise self.error("** unpacking is not allowed", k)
        if name == "x":
            raise self.error("x is the variable, not a function; for multiplication write x*(...)", node)
        if name in CONDITIONAL:
            return self._conditional(node, name)
        catalog_id = name if (name not in FUNCTIONS or (name in CATALOG_WITH_KEYWORDS and node.keywords)) else None
        if catalog_id is not None and catalog_id in names():
            return self._catalog(node, get(catalog_id))
        if name not in FUNCTIONS:
            raise self.error(self._unknown_function(name), func)
        if node.keywords:
            raise self.error(f"{name} takes no keywords; usage: {FUNCTIONS[name].usage}", node.keywords[0])
        spec = FUNCTIONS[name]
        lo, hi = spec.arity
        n = len(node.args)
        if n < lo or (hi is not None and n > hi):
            raise self.error(f"{name} takes {_count(lo, hi)}, got {n}; usage: {spec.usage}", node)
        args = [self.value(a) for a in node.args]
        try:
            return spec.build(args, _Call(self, node))
        except FormulaError:
            raise
        except (TypeError, ValueError, ArithmeticError) as e:
            raise self.error(f"cannot build {name}(...): {e}", node) from None

    def _unknown_function(self, name: str) -> str:
        known = function_names()
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        if name in self.params or name in CONSTANTS:
            hint = f"for multiplication write {name}*(...). "
        own = ", ".join([*FUNCTIONS, *CONDITIONAL])
        return f"unknown function {name!r}; {hint}allowed: {own}, and any catalog id (e.g. elu, gelu, mish)"

    def _conditional(self, node: ast.Call, name: str) -> Expr:
        self.features.add("where")
        if node.keywords:
            raise self.error(f"{name} takes no keywords; usage: {CONDITIONAL[name]}", node.keywords[0])
        args = node.args
        if name == "where" and len(args) != 3:
            raise self.error(f"where takes 3 arguments, got {len(args)}; usage: {CONDITIONAL[name]}", node)
        if name == "piecewise" and (len(args) < 3 or len(args) % 2 == 0):
            raise self.error(f"piecewise takes condition/value pairs and a last value for 'otherwise', got "
                             f"{len(args)} arguments; usage: {CONDITIONAL[name]}", node)  # fmt: skip
        pairs = []
        for cond, val in zip(args[0:-1:2], args[1:-1:2]):
            pairs.append((self.value(val), self.condition(cond)))
        pairs.append((self.value(args[-1]), sympy.true))
        try:
            return sympy.Piecewise(*pairs)
        except (TypeError, ValueError) as e:
            raise self.error(f"cannot build {name}(...): {e}", node) from None

    def _catalog(self, node: ast.Call, act: Activation) -> Expr:
        usage = f"{act.id}(u" + "".join(f", {p.name}={p.default!r}" for p in act.params) + ")"
        if len(node.args) != 1:
            raise self.error(f"{act.id} takes one argument and its parameters as keywords; usage: {usage}", node)
        u = self.value(node.args[0])
        numeric: dict[str, Expr] = {}
        choices: dict[str, str] = {}
        for k in node.keywords:
            assert k.arg is not None  # ** was refused above
            if k.arg not in {p.name for p in act.params}:
                own = ", ".join(p.name for p in act.params) or "none"
                raise self.error(f"{act.id} has no parameter {k.arg!r} (its parameters: {own})", k)
            if k.arg in numeric or k.arg in choices:
                raise self.error(f"{k.arg} is given twice", k)
            param = act.param(k.arg)
            if param.is_choice:
                if not (isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)):
                    raise self.error(f"{k.arg} must be {param.allowed()}, in quotes", k.value)
                try:
                    choices[k.arg] = str(param.validate(k.value.value))
                except ValueError as e:
                    raise self.error(str(e), k.value) from None
                continue
            value = self.value(k.value)
            if value.has(X):
                raise self.error(f"the parameters of {act.id} must not depend on x", k.value)
            if value.is_Number:
                try:
                    param.validate(float(value))
                except ValueError as e:
                    raise self.error(f"{act.id}: {e}", k.value) from None
            elif isinstance(value, sympy.Symbol):
                self.hints.setdefault(value.name, []).append(param)
            numeric[k.arg] = value
        self.features.add("catalog")
        self.calls.append((act, numeric))
        chosen = tuple((p.name, choices.get(p.name, str(p.default))) for p in act.params if p.is_choice)
        args = [sympy.Float(p.default) if p.name not in numeric else numeric[p.name]
                for p in act.params if not p.is_choice]  # fmt: skip
        cls = catalog_class(act, 0, chosen)
        return cls(u, *args)

    # -- conditions -------------------------------------------------------------------------
    def condition(self, node: ast.AST) -> Expr:
        """A condition: comparisons joined by and/or/not (or & | ~)."""
        if isinstance(node, ast.Compare):
            left = self.value(node.left)
            parts = []
            for op, comparator in zip(node.ops, node.comparators):
                if type(op) not in _COMPARE:
                    raise self.error("only < <= > >= == != compare values", node)
                right = self.value(comparator)
                try:
                    parts.append(_COMPARE[type(op)](left, right))
                except TypeError as e:
                    raise self.error(f"cannot compare these: {e}", node) from None
                left = right
            return sympy.And(*parts)
        if isinstance(node, ast.BoolOp):
            parts = [self.condition(v) for v in node.values]
            return sympy.And(*parts) if isinstance(node.op, ast.And) else sympy.Or(*parts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
            a, b = self.condition(node.left), self.condition(node.right)
            return sympy.And(a, b) if isinstance(node.op, ast.BitAnd) else sympy.Or(a, b)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.Invert)):
            return sympy.Not(self.condition(node.operand))
        raise self.error("a condition must be a comparison such as x > 0 (joined by and, or, not)", node)


def _count(lo: int, hi: int | None) -> str:
    if hi is None:
        return f"at least {lo} arguments"
    if lo == hi:
        return f"{lo} argument" + ("s" if lo != 1 else "")
    return f"{lo} to {hi} arguments"
