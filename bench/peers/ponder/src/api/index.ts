import { Hono } from "hono";

// No API of our own: the benchmark only needs Ponder's built-in /ready.
export default new Hono();
