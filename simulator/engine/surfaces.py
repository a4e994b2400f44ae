"""Loss surfaces for the optimizer race: the built-ins of the tutorial's stories, and typed formulas.

Every surface, built-in or typed, is a formula compiled by :mod:`expressions`, so both take the same
path to torch. A 1-D surface (a formula in x alone) is a curve; its racers move along x.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .expressions import Expression, parse_expression
from .records import SurfaceImage
from .specs import SpecError


@dataclass(frozen=True)
class Surface:
    name: str
    expression: Expression
    box: tuple[float, float, float, float]  # x_min, x_max, y_min, y_max (y unused in 1-D)
    start: tuple[float, ...]
    minima: tuple[tuple[float, ...], ...] = ()
    log_colors: bool = False  # values span decades: colour by log(loss − min)
    story: str = ""

    @property
    def formula(self) -> str:
        return self.expression.text

    @property
    def dims(self) -> int:
        return self.expression.dims

    def loss(self, points):
        """Loss of each row of a torch tensor of shape (N, dims)."""
        if self.dims == 1:
            return self.expression(points[:, 0])
        return self.expression(points[:, 0], points[:, 1])

    def grid(self, resolution: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Loss on a regular grid over the view box: xs, ys and values[y_index, x_index] (float64)."""
        import torch

        x0, x1, y0, y1 = self.box
        xs = np.linspace(x0, x1, resolution)
        if self.dims == 1:
            with torch.no_grad():
                values = self.expression(torch.from_numpy(xs)).numpy()
            return xs, np.zeros(1), np.broadcast_to(values, xs.shape).copy()
        ys = np.linspace(y0, y1, resolution)
        gx, gy = np.meshgrid(xs, ys)
        with torch.no_grad():
            values = self.expression(torch.from_numpy(gx), torch.from_numpy(gy))
        values = values.numpy() if hasattr(values, "numpy") else np.full(gx.shape, float(values))
        return xs, ys, values

    def nearest_minimum(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For points of shape (..., dims): index of the nearest known minimum and the distance to it."""
        if not self.minima:
            shape = points.shape[:-1]
            return np.full(shape, -1), np.full(shape, np.nan)
        minima = np.asarray(self.minima, dtype=np.float64)
        with np.errstate(over="ignore", invalid="ignore"):  # diverged racers are far from everything
            d = np.linalg.norm(points[..., None, :] - minima, axis=-1)
        return np.argmin(d, axis=-1), np.min(d, axis=-1)


def _builtin(name, formula, box, start, minima=(), log_colors=False, story=""):
    return Surface(name, parse_expression(formula), box, start, minima, log_colors, story)


_HIMMELBLAU_MINIMA = ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126))

BUILTIN: dict[str, Surface] = {
    s.name: s
    for s in (
        _builtin("bowl", "x**2 + y**2", (-2, 2, -2, 2), (1.5, 1.8), ((0.0, 0.0),),
                 story="round: every optimizer walks straight to the minimum"),
        _builtin("ravine", "0.1*x**2 + 2*y**2", (-6, 6, -3, 3), (-5.0, 1.5), ((0.0, 0.0),),
                 story="峡谷 ravine: steep across, flat along; plain SGD zig-zags"),
        _builtin("saddle", "x**2 - y**2", (-2, 2, -2, 2), (1.5, 0.001),
                 story="鞍点 saddle: the gradient vanishes at 0 though it is no minimum"),
        _builtin("plateau", "1 - exp(-(x**2 + y**2))", (-4, 4, -4, 4), (3.0, 2.5), ((0.0, 0.0),),
                 story="平缓区域 plateau: tiny gradients far from the minimum"),
        _builtin("rosenbrock", "(1 - x)**2 + 100*(y - x**2)**2", (-2, 2, -1, 3), (-1.5, 2.0), ((1.0, 1.0),),
                 log_colors=True, story="a curved valley: easy to find, slow to follow"),
        _builtin("beale", "(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2",
                 (-4.5, 4.5, -4.5, 4.5), (1.0, 1.5), ((3.0, 0.5),), log_colors=True,
                 story="flat regions and sharp walls"),
        _builtin("himmelblau", "(x**2 + y - 11)**2 + (x + y**2 - 7)**2", (-5, 5, -5, 5), (0.0, 0.0),
                 _HIMMELBLAU_MINIMA, log_colors=True, story="four minima: where you start decides where you end"),
        _builtin("rastrigin", "20 + x**2 - 10*cos(2*pi*x) + y**2 - 10*cos(2*pi*y)", (-5.12, 5.12, -5.12, 5.12),
                 (3.2, 2.3), ((0.0, 0.0),), story="局部最小值 local minima everywhere"),
        _builtin("tutorial", "x**2 / 2", (-1.5, 1.5, 0, 0), (1.0,), ((0.0,),),
                 story="the tutorial's loss = w²/2 from w = 1"),
    )
}


def surface_from_text(text: str) -> Surface:
    """A built-in by name, or a typed formula with a view box and start point chosen for it."""
    key = text.strip()
    if key.lower() in BUILTIN:
        return BUILTIN[key.lower()]
    try:
        expression = parse_expression(key)
    except SpecError as e:
        if key.isidentifier():
            raise SpecError(f"unknown surface '{key}'; built-in: {', '.join(BUILTIN)}, or type a formula") from None
        raise e from None
    if expression.dims == 1:
        return Surface("custom", expression, (-3, 3, 0, 0), (2.0,))
    return Surface("custom", expression, (-3, 3, -3, 3), (2.0, 2.0))


ISOLINES = 14
MAX_FOUND_MINIMA = 8


def with_found_minima(surface: Surface) -> Surface:
    """A typed surface with the local minima found numerically inside its view box (built-ins know theirs):
    the grid's local minima, each refined by gradient descent with backtracking in float64 until the gradient
    vanishes. None found: the surface stays without (and says it knows none)."""
    if surface.minima or surface.name != "custom":
        return surface
    import dataclasses

    return dataclasses.replace(surface, minima=tuple(find_minima(surface)))


def find_minima(surface: Surface, resolution: int = 121) -> list[tuple[float, ...]]:
    import torch

    xs, ys, values = surface.grid(resolution if surface.dims == 2 else 2001)
    values = np.where(np.isfinite(values), values, np.inf)
    if surface.dims == 1:
        inner = (values[1:-1] < values[:-2]) & (values[1:-1] < values[2:])
        candidates = [(float(xs[i + 1]),) for i in np.flatnonzero(inner)]
        heights = [values[i + 1] for i in np.flatnonzero(inner)]
    else:
        centre = values[1:-1, 1:-1]
        inner = np.ones_like(centre, dtype=bool)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    inner &= centre < values[1 + dy:values.shape[0] - 1 + dy, 1 + dx:values.shape[1] - 1 + dx]
        rows, cols = np.nonzero(inner & np.isfinite(centre))
        candidates = [(float(xs[c + 1]), float(ys[r + 1])) for r, c in zip(rows, cols, strict=True)]
        heights = [centre[r, c] for r, c in zip(rows, cols, strict=True)]
    found: list[tuple[float, ...]] = []
    for k in np.argsort(heights)[:2 * MAX_FOUND_MINIMA]:  # (the lowest few: a flat valley has many on a grid)
        point = _descend(surface, torch.tensor(candidates[k], dtype=torch.float64))
        if point is not None and all(np.linalg.norm(np.subtract(point, f)) > 1e-6 for f in found):
            found.append(point)
        if len(found) == MAX_FOUND_MINIMA:
            break
    return found


def _descend(surface: Surface, start, steps: int = 50):
    """Newton's method from a grid minimum (a gradient step with backtracking where the Hessian is not positive
    definite); the point where the gradient vanished, or None."""
    import torch

    def value_of(p):
        return surface.loss(p[None, :]).sum()

    def value_and_gradient(point):
        p = point.clone().requires_grad_(True)
        value = value_of(p)
        (g,) = torch.autograd.grad(value, p)
        return value.detach().item(), g

    x = start.clone()
    value, g = value_and_gradient(x)
    for _ in range(steps):
        if not np.isfinite(value) or float(g.norm()) < 1e-12:
            break
        h = torch.autograd.functional.hessian(value_of, x)
        try:
            direction = torch.linalg.solve(h, g) if bool(torch.all(torch.linalg.eigvalsh(h) > 0)) else g
        except RuntimeError:  # a singular Hessian
            direction = g
        step = 1.0
        while step > 1e-12 and not value_of(x - step * direction).item() < value:
            step /= 2
        if step <= 1e-12:
            break
        x = x - step * direction
        value, g = value_and_gradient(x)
    return tuple(float(v) for v in x) if np.isfinite(value) and float(g.norm()) < 1e-6 else None


def isolines(xs, ys, shade, count: int = ISOLINES) -> tuple[np.ndarray, np.ndarray]:
    """``count`` isolines of ``shade`` (rows along ys) at evenly spaced levels, by contourpy, joined into one
    path with NaN between lines (drawn as one curve)."""
    import contourpy

    generator = contourpy.contour_generator(xs, ys, shade, line_type=contourpy.LineType.Separate)
    levels = np.linspace(float(shade.min()), float(shade.max()), count + 2)[1:-1]
    pieces = [line for level in levels for line in generator.lines(level)]
    if not pieces:
        return np.zeros(0), np.zeros(0)
    joined = np.concatenate([np.vstack([p, [[np.nan, np.nan]]]) for p in pieces])
    return joined[:, 0], joined[:, 1]


def surface_image(surface: Surface, resolution: int = 240) -> SurfaceImage:
    """Sample the surface once for the race panel; isolines by contourpy, spaced like the colours."""
    xs, ys, values = surface.grid(resolution)
    finite = np.isfinite(values)
    low = float(values[finite].min()) if finite.any() else 0.0
    high = float(values[finite].max()) if finite.any() else 1.0
    shade = values
    if surface.log_colors:
        shade = np.log10(values - low + (high - low) * 1e-6 + 1e-12)
    iso_x, iso_y = np.zeros(0), np.zeros(0)
    if surface.dims == 2 and finite.all() and high > low:
        iso_x, iso_y = isolines(xs, ys, shade)
    return SurfaceImage(surface.name, surface.formula, xs, ys, values, shade, surface.log_colors, iso_x, iso_y)
