package vn.hailong.demo;

/** One part of the demo, loaded in order inside the demo's single transaction. */
interface DemoStep {

    void load();
}
