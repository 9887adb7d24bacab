"""A small pool of worker processes with a hard time limit per job.

Why not a thread pool: a thread cannot be stopped, so a pathological input would keep
a CPU busy after its request had timed out, and enough of them would hang the server.
Why not :class:`concurrent.futures.ProcessPoolExecutor`: it cannot cancel a running task
either. Here each worker is one process with one pipe; a job that runs past its limit
gets its process killed and replaced, and the request gets a clear error.

The event loop never blocks: it waits for a worker's pipe with ``loop.add_reader`` and
moves large messages through a thread.

Example::

    pool = WorkerPool(size=2, timeout_s=10)
    await pool.start()
    report = await pool.run("compare", {"a": {"text": ...}, "b": {"text": ...}})
    await pool.close()
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import signal
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

__all__ = ["WorkerPool", "JobError", "JobTimeout", "PoolBusy", "run_job"]


class JobError(Exception):
    """A job failed. ``kind``: input, limit, unavailable or internal."""

    def __init__(self, kind: str, message: str):
        self.kind = kind
        self.message = message
        super().__init__(message)


class JobTimeout(Exception):
    """A job ran past its time limit; its worker was killed."""


class PoolBusy(Exception):
    """No worker became free in time."""


def run_job(name: str, payload: dict[str, Any]) -> tuple[str, Any]:
    """Run one job here, turning errors into ``(kind, message)`` (never raises)."""
    from copydesk.errors import CopydeskError, LimitError
    from copydesk.web.jobs import JOBS, NotAvailable

    try:
        return "ok", JOBS[name](payload)
    except LimitError as err:
        return "limit", str(err)
    except NotAvailable as err:
        return "unavailable", str(err)
    except CopydeskError as err:
        return "input", str(err)
    except RecursionError:
        return "limit", "input too deeply nested to process"
    except MemoryError:
        return "limit", "input too large to process"
    except Exception as err:  # a bug: keep the worker, report one line
        traceback.print_exc()
        return "internal", f"internal error: {type(err).__name__}"


def _serve(conn: Connection) -> None:
    """A worker's loop: receive ``(job, payload)``, send back ``(kind, result)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        name, payload = msg
        conn.send(run_job(name, payload))


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection


class WorkerPool:
    """``size`` worker processes; each job gets ``timeout_s`` seconds of wall time.

    Args:
        size: worker processes; 0 runs jobs in a thread of the server process instead
            (no hard limit: for tests and debugging only).
        timeout_s: wall-clock limit of one job; past it the worker is killed.
        queue_timeout_s: how long a request waits for a free worker before
            :class:`PoolBusy`.
    """

    def __init__(self, size: int = 2, timeout_s: float = 20.0, queue_timeout_s: float = 10.0):
        self.size = size
        self.timeout_s = timeout_s
        self.queue_timeout_s = queue_timeout_s
        self._ctx = mp.get_context("forkserver" if os.name == "posix" else "spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []
        self.killed = 0  # workers killed for running past the limit
        self._tasks: set[asyncio.Task] = set()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        p = self._ctx.Process(target=_serve, args=(child,), daemon=True, name="copydesk-worker")
        p.start()
        child.close()
        w = _Worker(p, parent)
        self._all.append(w)
        return w

    async def start(self) -> None:
        self._idle = asyncio.Queue()
        if self.size <= 0:
            return
        if self._ctx.get_start_method() == "forkserver":
            # imported once in the fork server, so each worker starts warm
            self._ctx.set_forkserver_preload(["copydesk.web._preload"])
        loop = asyncio.get_running_loop()
        for _ in range(self.size):
            w = await loop.run_in_executor(None, self._spawn)
            self._idle.put_nowait(w)

    async def close(self) -> None:
        loop = asyncio.get_running_loop()
        for w in list(self._all):
            await loop.run_in_executor(None, self._stop, w, True)
        self._all.clear()

    def _stop(self, w: _Worker, polite: bool = False) -> None:
        if polite:
            try:
                w.conn.send(None)
                w.process.join(1.0)
            except (OSError, ValueError):
                pass
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5.0)
        w.conn.close()
        if w in self._all:
            self._all.remove(w)

    async def _replace(self, w: _Worker) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._stop, w)
        fresh = await loop.run_in_executor(None, self._spawn)
        assert self._idle is not None
        self._idle.put_nowait(fresh)

    async def run(self, name: str, payload: dict[str, Any]) -> Any:
        """Run job ``name`` on ``payload``; the result, or JobError/JobTimeout/PoolBusy."""
        if self._idle is None:
            raise RuntimeError("WorkerPool.start() was not called")
        if self.size <= 0:
            try:
                job = asyncio.to_thread(run_job, name, payload)
                return self._unwrap(await asyncio.wait_for(job, self.timeout_s))
            except TimeoutError as err:
                raise JobTimeout() from err
        try:
            w = await asyncio.wait_for(self._idle.get(), self.queue_timeout_s)
        except TimeoutError as err:
            raise PoolBusy() from err
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = w.conn.fileno()
        try:
            await loop.run_in_executor(None, w.conn.send, (name, payload))
            loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
            try:
                await asyncio.wait_for(ready, self.timeout_s)
            finally:
                loop.remove_reader(fd)
            result = await loop.run_in_executor(None, w.conn.recv)
        except TimeoutError as err:
            self.killed += 1
            await self._replace(w)
            raise JobTimeout() from err
        except (EOFError, OSError, BrokenPipeError) as err:
            await self._replace(w)
            raise JobError("internal", "the worker process died") from err
        except BaseException:  # the request was cancelled (client gone): start afresh
            task = loop.create_task(self._replace(w))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            raise
        self._idle.put_nowait(w)
        return self._unwrap(result)

    @staticmethod
    def _unwrap(result: tuple[str, Any]) -> Any:
        kind, value = result
        if kind == "ok":
            return value
        raise JobError(kind, value)
