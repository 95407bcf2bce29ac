//! Many async tasks run at once, at most a given number at a time, with a
//! progress tick as each one ends: `org check`'s provider groups, `token
//! status --check`'s probes and `flare push`'s read-ahead all go through
//! [`run`].

use std::future::Future;
use std::sync::Arc;

use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Runs every task of `tasks` on the current runtime, at most
/// `concurrency` at once (at least one), calling `ended` as each one ends
/// (a progress bar's tick). The results come back in the order of `tasks`, whatever order the
/// tasks end in, so a report built from them does not depend on which
/// provider answered first.
///
/// A task that panicked is a bug: its panic goes on here, in the caller,
/// instead of its result silently missing from the report.
pub async fn run<T, F>(
    tasks: impl IntoIterator<Item = F>,
    concurrency: usize,
    mut ended: impl FnMut(),
) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let limit = Arc::new(Semaphore::new(concurrency.max(1)));
    let mut set = JoinSet::new();
    let mut slots: Vec<Option<T>> = Vec::new();
    for (i, task) in tasks.into_iter().enumerate() {
        let limit = Arc::clone(&limit);
        set.spawn(async move {
            let _permit = limit.acquire_owned().await.expect("never closed");
            (i, task.await)
        });
        slots.push(None);
    }
    while let Some(done) = set.join_next().await {
        match done {
            Ok((i, result)) => slots[i] = Some(result),
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            // Cancellation cannot happen: nothing aborts these tasks (the
            // set is dropped only once they all ended, or with this
            // future, and then nobody reads the results), and the runtime
            // they run on outlives the call that waits for them.
            Err(e) => unreachable!("a task was cancelled: {e}"),
        }
        ended();
    }
    slots
        .into_iter()
        .map(|r| r.expect("every task ended"))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use tokio::sync::oneshot;

    use super::*;
    use crate::output::{ColorChoice, Printer, Progress};

    fn progress(len: u64) -> Progress {
        Progress::new(
            &Printer::new(true, true, 0, ColorChoice::Never),
            len,
            "test",
        )
    }

    /// Task 2 ends first and lets task 1 end, which lets task 0 end: the
    /// results still come back as 0, 1, 2, and the bar counts all three.
    #[tokio::test]
    async fn results_come_back_in_the_tasks_order_whatever_order_they_end_in() {
        let ended = Arc::new(Mutex::new(Vec::new()));
        let (to_0, at_0) = oneshot::channel::<()>();
        let (to_1, at_1) = oneshot::channel::<()>();
        let end = |i: usize, ended: &Arc<Mutex<Vec<usize>>>| {
            ended.lock().unwrap().push(i);
            i
        };
        let (e0, e1, e2) = (ended.clone(), ended.clone(), ended.clone());
        let tasks: Vec<std::pin::Pin<Box<dyn Future<Output = usize> + Send>>> = vec![
            Box::pin(async move {
                at_0.await.unwrap();
                end(0, &e0)
            }),
            Box::pin(async move {
                at_1.await.unwrap();
                let i = end(1, &e1);
                to_0.send(()).unwrap();
                i
            }),
            Box::pin(async move {
                let i = end(2, &e2);
                to_1.send(()).unwrap();
                i
            }),
        ];
        let bar = progress(3);
        assert_eq!(run(tasks, 3, || bar.inc(1)).await, [0, 1, 2]);
        assert_eq!(*ended.lock().unwrap(), [2, 1, 0]);
        assert_eq!(bar.counts(), (3, 3));
    }

    /// Never more than `concurrency` tasks in flight, and that many do
    /// run side by side.
    #[tokio::test]
    async fn at_most_concurrency_tasks_run_at_once() {
        let (now, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let tasks = (0..6).map(|i| {
            let (now, most) = (now.clone(), most.clone());
            async move {
                let running = now.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(running, Ordering::SeqCst);
                for _ in 0..3 {
                    tokio::task::yield_now().await;
                }
                now.fetch_sub(1, Ordering::SeqCst);
                i
            }
        });
        assert_eq!(run(tasks, 2, || {}).await, [0, 1, 2, 3, 4, 5]);
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }

    /// A panicking task is a bug to see, not a result to leave out.
    #[tokio::test]
    #[should_panic(expected = "a probe went wrong")]
    async fn a_task_that_panicked_panics_the_caller() {
        let tasks = (0..3).map(|i| async move {
            if i == 1 {
                panic!("a probe went wrong");
            }
            i
        });
        run(tasks, 2, || {}).await;
    }
}
