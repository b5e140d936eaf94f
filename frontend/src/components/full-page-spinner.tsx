import { Flex, Spin } from 'antd';

export function FullPageSpinner({ tip }: { tip?: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" tip={tip}>
        <div style={{ width: 200, height: 80 }} />
      </Spin>
    </Flex>
  );
}
