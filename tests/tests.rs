//! All integration tests, compiled into one binary (one link step).

mod common;

mod broken;
mod cef;
mod cli;
mod clickhouse;
mod corpus;
mod ecs;
mod fail_closed;
mod golden;
mod html;
mod invariance;
mod listen;
mod live;
mod readback;
mod readme;
mod reports;
mod rules;
mod schema;
mod search;
mod seed;
mod serve;
mod sim;
mod snapshots;
mod store;
mod trace;
